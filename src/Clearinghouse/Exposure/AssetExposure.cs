using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>
/// A component of an asset affected by a known vulnerability, found once (unique per asset, vulnerability and
/// component, so a re-match after a restart finds the existing row instead of a new one) and then remediated.
/// </summary>
public sealed class AssetExposure
{
    public Guid Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public Guid AssetId { get; init; }

    public required string VulnerabilityId { get; init; }

    /// <summary>The component's purl with version.</summary>
    public required string Component { get; init; }

    /// <summary>The fixed versions above the component's, space-separated, lowest first.</summary>
    public required string FixedVersions { get; set; }

    public ExposureStatus Status { get; set; }

    public NotAffectedJustification? Justification { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>In the queue: affected, or a risk acceptance that has expired.</summary>
    public bool IsOpen(DateOnly today) => Status == ExposureStatus.Affected || (Status == ExposureStatus.RiskAccepted && ExpiresOn < today);
}

internal sealed class AssetExposureMapping : IEntityTypeConfiguration<AssetExposure>
{
    public void Configure(EntityTypeBuilder<AssetExposure> entity)
    {
        entity.ToTable("exposures").HasKey(e => e.Id);
        entity.HasOne<Asset>().WithMany().HasForeignKey(e => e.AssetId);
    }
}
