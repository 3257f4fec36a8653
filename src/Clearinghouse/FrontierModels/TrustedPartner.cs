using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>A trusted partner nominated for early access to a model (Sec. 3(b)(iii)); it gets access only with both sides' consent.</summary>
public sealed class TrustedPartner
{
    public const string DeveloperSide = "developer";
    public const string GovernmentSide = "government";

    public Guid Id { get; init; }

    public Guid ModelId { get; init; }

    public OrganizationId PartnerOrganizationId { get; init; }

    public required string NominatedBy { get; init; }

    public MemberId NominatedByMember { get; init; }

    public required string Rationale { get; init; }

    public DateTimeOffset NominatedAt { get; init; }

    public MemberId? DeveloperApprovedBy { get; set; }

    public DateTimeOffset? DeveloperApprovedAt { get; set; }

    public MemberId? GovernmentApprovedBy { get; set; }

    public DateTimeOffset? GovernmentApprovedAt { get; set; }

    public bool BothConsented => DeveloperApprovedAt is not null && GovernmentApprovedAt is not null;

    public TrustedPartnerView ToView(AccessWindow? window) =>
        new(Id, ModelId, PartnerOrganizationId.Value, NominatedBy, Rationale, DeveloperApprovedAt, GovernmentApprovedAt, window?.ToView());
}

internal sealed class TrustedPartnerMapping : IEntityTypeConfiguration<TrustedPartner>
{
    public void Configure(EntityTypeBuilder<TrustedPartner> entity)
    {
        entity.ToTable("trusted_partners");
        entity.HasKey(p => p.Id);
        entity.HasIndex(p => new { p.ModelId, p.PartnerOrganizationId }).IsUnique();
        entity.Ignore(p => p.BothConsented);
    }
}
