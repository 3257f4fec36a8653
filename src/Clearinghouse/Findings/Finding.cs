using Clearinghouse.Contracts.Findings;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>One reporter's report, as received (normalized), in the case it joined. A finding is never changed after intake.</summary>
public sealed class Finding
{
    public FindingId Id { get; init; }

    public CaseId CaseId { get; init; }

    public SubmissionId SubmissionId { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public MemberId MemberId { get; init; }

    public Guid? CampaignId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Its place in commit order within the case, from 1.</summary>
    public int AttributionOrder { get; init; }

    public FindingRelation Relation { get; init; }

    public string? MatchedBy { get; init; }

    public required string Format { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? TargetPurl { get; init; }

    public string? TargetRepository { get; init; }

    public string? TargetCommit { get; init; }

    public string? TargetProduct { get; init; }

    public string? Introduced { get; init; }

    public string? Fixed { get; init; }

    public string? Weakness { get; init; }

    public string? LocationFile { get; init; }

    public int? LocationLine { get; init; }

    public string? LocationFunction { get; init; }

    public string? CvssVector { get; init; }

    public TlpLabel Tlp { get; init; }

    public required string Tool { get; init; }

    public string? ToolVersion { get; init; }

    public string? Model { get; init; }

    public string? RuleId { get; init; }

    public string? ExternalId { get; init; }

    public string? CrashType { get; init; }

    public string? CrashState { get; init; }

    public bool SecurityCrash { get; init; }

    /// <summary>JSON arrays and objects kept as written: aliases, partial fingerprints, the reproduction recipe.</summary>
    public string? Aliases { get; init; }

    public string? PartialFingerprints { get; init; }

    public string? Reproduction { get; init; }

    /// <summary>When the priority claim this finding revealed was committed.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    public string? CrashReport { get; init; }

    /// <summary>SHA-256 of the finding's canonical JSON: the same organization sending the same finding again gets the first one back.</summary>
    public required string ContentHash { get; init; }

    public AttributionView ToAttribution() => new(AttributionOrder, Id.Value, OrganizationId.Value, MemberId.Value, ReceivedAt, Relation, MatchedBy, Tool, Model, Format, ClaimedAt);
}

internal sealed class FindingMapping : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> entity)
    {
        entity.ToTable("findings");
        entity.HasKey(f => f.Id);
        entity.HasIndex(f => new { f.CaseId, f.OrganizationId });
        entity.HasIndex(f => new { f.OrganizationId, f.ContentHash }).IsUnique();
        entity.HasIndex(f => f.SubmissionId);
        entity.HasIndex(f => new { f.OrganizationId, f.ReceivedAt });

        // Declared so that EF inserts cases and submissions before the findings that refer to them.
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(f => f.CaseId);
        entity.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId);
    }
}
