using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Scans;

/// <summary>An organization's claim to own an address range, a domain, a repository or a package namespace.</summary>
public sealed class ScanAsset
{
    public AssetId Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public ScanTargetKind Kind { get; init; }

    /// <summary>The normalized text (<see cref="ScanTarget.Text"/>); the key is recomputed from it when the registry loads.</summary>
    public required string Target { get; init; }

    public AssetStatus Status { get; set; }

    /// <summary>The random token the owner publishes to prove ownership.</summary>
    public required string ChallengeToken { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public MemberId RegisteredBy { get; init; }

    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary><c>dns-txt</c>, <c>http-well-known</c> or <c>analyst</c>.</summary>
    public string? VerifiedBy { get; set; }

    public string? DecisionNote { get; set; }

    public AssetView ToView(bool owner, IReadOnlyList<Guid> overlapping, OwnershipChallenge? challenge) => new(
        Id.Value, OrganizationId.Value, Kind, Target, Status, RegisteredAt, VerifiedAt, VerifiedBy,
        owner && Status is AssetStatus.Pending or AssetStatus.Disputed ? challenge : null, overlapping);
}

internal sealed class ScanAssetMapping : IEntityTypeConfiguration<ScanAsset>
{
    public void Configure(EntityTypeBuilder<ScanAsset> entity)
    {
        entity.ToTable("scan_assets");
        entity.HasKey(a => a.Id);
        entity.HasIndex(a => a.OrganizationId);
    }
}
