using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>
/// One intake request and the result it was answered with, kept so that the same request sent again (same
/// Idempotency-Key, or the same bytes) gets the same answer and creates nothing.
/// </summary>
public sealed class Submission
{
    public SubmissionId Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public MemberId MemberId { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the request body and the parameters that shaped it (format, target).</summary>
    public required string RequestHash { get; init; }

    public required string Format { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The SubmissionResult as answered, JSON.</summary>
    public required string Result { get; set; }
}

internal sealed class SubmissionMapping : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> entity)
    {
        entity.ToTable("submissions");
        entity.HasKey(s => s.Id);
        entity.HasIndex(s => new { s.OrganizationId, s.IdempotencyKey }).IsUnique();
        entity.HasIndex(s => new { s.OrganizationId, s.RequestHash }).IsUnique();
    }
}
