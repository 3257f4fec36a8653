using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Scans;

/// <summary>A scanner organization's declared campaign: what, when, how, from where, how fast, and whom to call.</summary>
public sealed class ScanCampaign
{
    public CampaignId Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public MemberId RegisteredBy { get; init; }

    public required string Name { get; init; }

    public ScanTechnique Technique { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    /// <summary>The CIDR ranges it scans from, comma-separated.</summary>
    public required string SourceAddresses { get; init; }

    public int MaxRequestsPerSecond { get; init; }

    public required string Contact { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? CancelledAt { get; set; }

    public List<ScanCampaignTarget> Targets { get; init; } = [];

    public IReadOnlyList<string> SourceList => SourceAddresses.Length == 0 ? [] : SourceAddresses.Split(',');

    public CampaignView ToView() => new(
        Id.Value, OrganizationId.Value, Name, Technique, StartsAt, EndsAt, [.. Targets.Select(t => new CampaignTargetView(t.Kind, t.Target, t.Version))],
        SourceList, MaxRequestsPerSecond, Contact, CancelledAt, RegisteredAt);
}

/// <summary>One target of a campaign: with the campaign's window, one entry of the registry's interval index.</summary>
public sealed class ScanCampaignTarget
{
    public Guid Id { get; init; }

    public CampaignId CampaignId { get; init; }

    public ScanTargetKind Kind { get; init; }

    public required string Target { get; init; }

    public string? Version { get; init; }

    public ScanTarget Parsed() => ScanTarget.Parse(Version is null ? Target : Target + "@" + Version);
}

internal sealed class ScanCampaignMapping : IEntityTypeConfiguration<ScanCampaign>
{
    public void Configure(EntityTypeBuilder<ScanCampaign> entity)
    {
        entity.ToTable("scan_campaigns");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => c.OrganizationId);
        entity.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CampaignId);
        entity.Ignore(c => c.SourceList);
    }
}

internal sealed class ScanCampaignTargetMapping : IEntityTypeConfiguration<ScanCampaignTarget>
{
    public void Configure(EntityTypeBuilder<ScanCampaignTarget> entity)
    {
        entity.ToTable("scan_campaign_targets");
        entity.HasKey(t => t.Id);
        entity.HasIndex(t => t.CampaignId);
    }
}
