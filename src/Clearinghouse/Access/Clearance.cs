using System.Collections.Immutable;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Access;

/// <summary>
/// What a government member may read beyond TLP (docs/adr/013): a level, compartments, need-to-know groups, and the duties
/// the member holds in the frontier-model process. Assigned by clearinghouse administrators; one row per member, replaced
/// on every change (the audit trail keeps the history).
/// </summary>
public sealed class Clearance
{
    public MemberId MemberId { get; init; }

    public ClassificationLevel Level { get; set; }

    /// <summary>Sorted, ';'-separated.</summary>
    public string Compartments { get; set; } = "";

    /// <summary>Sorted, ';'-separated.</summary>
    public string NeedToKnowGroups { get; set; } = "";

    /// <summary>Sorted wire names, ';'-separated.</summary>
    public string Duties { get; set; } = "";

    public string? Office { get; set; }

    public MemberId GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public ImmutableSortedSet<string> CompartmentSet => Split(Compartments);

    public ImmutableSortedSet<string> GroupSet => Split(NeedToKnowGroups);

    public bool Holds(FrontierDuty duty) => Split(Duties).Contains(Contracts.ContractJson.EnumName(duty));

    /// <summary>Sufficient level, read into every compartment, and a member of every need-to-know group.</summary>
    public bool Admits(Marking marking)
    {
        ArgumentNullException.ThrowIfNull(marking);
        return Level >= marking.Level && marking.Compartments.IsSubsetOf(CompartmentSet) && marking.Groups.IsSubsetOf(GroupSet);
    }

    public ClearanceView ToView() => new(MemberId.Value, Level, [.. CompartmentSet], [.. GroupSet],
        [.. Split(Duties).Select(d => Contracts.ContractJson.TryParseEnum<FrontierDuty>(d, out var duty) ? duty : throw new InvalidOperationException($"Unknown duty {d}."))],
        Office, GrantedBy.Value, GrantedAt);

    private static ImmutableSortedSet<string> Split(string joined) => joined.Split(';', StringSplitOptions.RemoveEmptyEntries).ToImmutableSortedSet(StringComparer.Ordinal);
}

internal sealed class ClearanceMapping : IEntityTypeConfiguration<Clearance>
{
    public void Configure(EntityTypeBuilder<Clearance> entity)
    {
        entity.ToTable("member_clearances");
        entity.HasKey(c => c.MemberId);
        entity.Ignore(c => c.CompartmentSet);
        entity.Ignore(c => c.GroupSet);
    }
}
