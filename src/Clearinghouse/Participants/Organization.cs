using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
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

    public bool HasLeft => LeftAt is not null;

    public Sharing Sharing => new(Id, AuthorMemberId: null, Tlp);

    public OrganizationView ToView() => new(Id.Value, Name, Kind, Sector, SizeTier, Tlp, ContactEmail, EnrolledAt, LeftAt);
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
