using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Scans;

/// <summary>An owner's consent to active scanning of one verified asset by one scanner organization; revocable at any time.</summary>
public sealed class ScanConsent
{
    public ConsentId Id { get; init; }

    public AssetId AssetId { get; init; }

    public OrganizationId OwnerOrganizationId { get; init; }

    public OrganizationId GranteeOrganizationId { get; init; }

    /// <summary>The techniques allowed, by their wire names, comma-separated.</summary>
    public required string Techniques { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public DateTimeOffset ValidUntil { get; init; }

    public string? Conditions { get; init; }

    public int? MaxRequestsPerSecond { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public MemberId GrantedBy { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public MemberId? RevokedBy { get; set; }

    public IReadOnlyList<ScanTechnique> TechniqueList => ScanWire.ParseTechniques(Techniques);

    public ConsentView ToView(string asset) => new(
        Id.Value, AssetId.Value, asset, OwnerOrganizationId.Value, GranteeOrganizationId.Value, TechniqueList, ValidFrom, ValidUntil, Conditions,
        MaxRequestsPerSecond, GrantedAt, RevokedAt);
}

internal sealed class ScanConsentMapping : IEntityTypeConfiguration<ScanConsent>
{
    public void Configure(EntityTypeBuilder<ScanConsent> entity)
    {
        entity.ToTable("scan_consents");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => c.AssetId);
        entity.Ignore(c => c.TechniqueList);
    }
}
