using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Clearinghouse.Storage;

namespace Clearinghouse.Jobs;

/// <summary>
/// The outbox side of the queue (DESIGN.md §4.10). <see cref="Enqueue{TPayload}"/> only adds the row to the caller's
/// unit of work: it commits with the caller's own <c>SaveChangesAsync</c> and audit entry, or not at all, so a job exists
/// exactly when the change that asked for it does. The payload should name records (ids), not copy their content: the
/// jobs table is bookkeeping, outside the sharing rules that guard embargoed details and reporter identities.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is the job queue, not a collection type; the name is the one the issue and the handlers use.")]
public static class JobQueue
{
    public const int DefaultMaxAttempts = 5;

    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public static JobId Enqueue<TPayload>(
        ClearinghouseDb db,
        string kind,
        TPayload payload,
        int maxAttempts = DefaultMaxAttempts,
        DateTimeOffset? runAfter = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var now = db.Clock.Now();
        var job = new Job
        {
            Id = JobId.New(db.Clock),
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload, PayloadJson),
            State = JobState.Queued,
            Attempts = 0,
            MaxAttempts = maxAttempts,
            RunAfter = runAfter is { } at ? Clock.ToMicroseconds(at) : now,
            CreatedAt = now,
        };
        db.Set<Job>().Add(job);
        return job.Id;
    }
}
