using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>A model under development, registered by its developer; CUI//PROPIN: the developer and cleared government members see it.</summary>
public sealed class FrontierModel : IMarkedRecord
{
    public Guid Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Lineage { get; init; }

    public required string Modality { get; init; }

    public double? TrainingComputeFlop { get; init; }

    public DateTimeOffset? PlannedPartnerRelease { get; init; }

    public DateTimeOffset? PlannedPublicRelease { get; init; }

    /// <summary>';'-separated e-mail addresses.</summary>
    public string Contacts { get; init; } = "";

    public MemberId RegisteredBy { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public string? ReleaseAudience { get; set; }

    public required string Marking { get; init; }

    public MarkedSharing Sharing => new(OrganizationId, Access.Marking.Decode(Marking));

    public ModelView ToView() => new(Id, OrganizationId.Value, Name, Version, Lineage, Modality, TrainingComputeFlop, PlannedPartnerRelease, PlannedPublicRelease,
        Contacts.Split(';', StringSplitOptions.RemoveEmptyEntries), RegisteredAt, ReleasedAt, Access.Marking.Decode(Marking).ToView());
}

internal sealed class FrontierModelMapping : IEntityTypeConfiguration<FrontierModel>
{
    public void Configure(EntityTypeBuilder<FrontierModel> entity)
    {
        entity.ToTable("frontier_models");
        entity.HasKey(m => m.Id);
        entity.HasIndex(m => new { m.Marking, m.OrganizationId });
        entity.Ignore(m => m.Sharing);
    }
}
