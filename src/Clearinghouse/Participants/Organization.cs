using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Ssvc;
using Clearinghouse.Standards.Tlp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Participants;

/// <summary>A participant. Its profile is itself a shared record: the organization owns it and its label says who else sees it.</summary>
public sealed class Organization
{
    public OrganizationId Id { get; init; }

    public required string Name { get; set; }

    public OrganizationKind Kind { get; init; }

    public Sector? Sector { get; set; }

    public SizeTier? SizeTier { get; set; }

    public TlpLabel Tlp { get; set; }

    public string? ContactEmail { get; set; }

    public DateTimeOffset EnrolledAt { get; init; }

    public DateTimeOffset? LeftAt { get; set; }

    public MissionWellbeingSetting MissionWellbeingSetting { get; set; }

    /// <summary>The USPS code of the US state or territory it is in; aggregate exposure figures group by it.</summary>
    public string? State { get; set; }

    public bool HasLeft => LeftAt is not null;

    public Sharing Sharing => new(Id, AuthorMemberId: null, Tlp);

    public OrganizationView ToView()
    {
        var assessment = MissionWellbeingOf(Sector, SizeTier, MissionWellbeingSetting);
        return new(Id.Value, Name, Kind, Sector, SizeTier, Tlp, ContactEmail, EnrolledAt, LeftAt, MissionWellbeingSetting,
            assessment.Impact is { } impact ? (Contracts.Participants.MissionWellbeing)(int)impact : null, assessment.IsAssessed ? assessment.Reason : null, State);
    }

    /// <summary>SSVC Mission and Well-Being Impact: the organization's own setting, else the default for its sector and size tier.</summary>
    public static MissionWellbeingAssessment MissionWellbeingOf(Sector? sector, SizeTier? sizeTier, MissionWellbeingSetting setting) =>
        Standards.Ssvc.MissionWellbeing.Assess(
            sector is { } s ? ContractJson.EnumName(s) : null,
            sizeTier is { } t ? ContractJson.EnumName(t) : null,
            setting == MissionWellbeingSetting.Derived ? null : (MissionWellbeingImpact)((int)setting - 1));
}

internal sealed class OrganizationMapping : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Name).IsRequired();
        entity.Ignore(o => o.HasLeft);
        entity.Ignore(o => o.Sharing);
    }
}
