using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Jobs;

/// <summary>
/// A durable piece of background work: the outbox row a use case writes in its own transaction (DESIGN.md §4.10).
/// Only the worker changes it after that, with set-based updates fenced by the lease (owner and attempt number), so a
/// worker that lost its lease can never overwrite the outcome of the worker that took the job over.
/// </summary>
public sealed class Job
{
    public JobId Id { get; init; }

    public required string Kind { get; init; }

    /// <summary>The handler's input as JSON text.</summary>
    public required string Payload { get; init; }

    public JobState State { get; init; }

    /// <summary>Attempts started so far; a claim counts one, so a job that kills its worker each time still runs out.</summary>
    public int Attempts { get; init; }

    public int MaxAttempts { get; init; }

    public DateTimeOffset RunAfter { get; init; }

    public string? LeaseOwner { get; init; }

    public DateTimeOffset? LeaseExpiresAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}

internal sealed class JobMapping : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> entity)
    {
        // Mapped here rather than as a DbSet on ClearinghouseDb, so the queue stays inside its own folder.
        entity.ToTable("jobs");
        entity.HasKey(j => j.Id);
        entity.Property(j => j.Id).HasConversion<TypedIdConverter<JobId>>();
        entity.HasIndex(j => new { j.State, j.RunAfter });
    }
}
