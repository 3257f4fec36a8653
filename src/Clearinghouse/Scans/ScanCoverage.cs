using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Scans;

/// <summary>A campaign's report that it covered one target, with which technique and tool: the input of redundancy and gap reports.</summary>
public sealed class ScanCoverage
{
    public Guid Id { get; init; }

    public CampaignId CampaignId { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public ScanTargetKind Kind { get; init; }

    public required string Target { get; init; }

    public string? Version { get; init; }

    public ScanTechnique Technique { get; init; }

    public required string Tool { get; init; }

    public string? ToolVersion { get; init; }

    public string? Model { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public MemberId ReportedBy { get; init; }

    public CoverageView ToView(IReadOnlyList<Guid> findings) =>
        new(Id, CampaignId.Value, Target, Version, Technique, Tool, ToolVersion, Model, CompletedAt, findings);
}

internal sealed class ScanCoverageMapping : IEntityTypeConfiguration<ScanCoverage>
{
    public void Configure(EntityTypeBuilder<ScanCoverage> entity)
    {
        entity.ToTable("scan_coverage");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => new { c.Target, c.Version });
        entity.HasIndex(c => c.CampaignId);
    }
}
