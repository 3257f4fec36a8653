using Clearinghouse.Contracts.Audit;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Audit;

/// <summary>
/// One link of the append-only, hash-chained audit trail. <see cref="Sequence"/>, <see cref="PreviousHash"/> and
/// <see cref="Hash"/> are assigned when the transaction that made the change is saved (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; init; }

    public MemberId? ActorMemberId { get; init; }

    public OrganizationId? ActorOrganizationId { get; init; }

    public required string Action { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    public OrganizationId? SubjectOrganizationId { get; init; }

    public string? BeforeDigest { get; init; }

    public string? AfterDigest { get; init; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public int Scheme { get; set; }

    public AuditEntryView ToView() => new(
        Sequence, OccurredAt, ActorMemberId?.Value, ActorOrganizationId?.Value, Action, SubjectType, SubjectId,
        SubjectOrganizationId?.Value, BeforeDigest, AfterDigest, PreviousHash, Hash, Scheme);
}

internal sealed class AuditEntryMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.HasKey(e => e.Sequence);
        entity.Property(e => e.Sequence).ValueGeneratedNever();
        entity.HasIndex(e => e.PreviousHash).IsUnique();
        entity.HasIndex(e => new { e.SubjectOrganizationId, e.Sequence });
    }
}
