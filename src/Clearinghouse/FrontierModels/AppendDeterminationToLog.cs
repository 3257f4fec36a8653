using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The outbox job written in the decision's transaction: it hands the decision to every registered
/// <see cref="IDeterminationLog"/>. Until a log is registered the job waits (retrying daily for a year), so no decision
/// made before the transparency log exists is lost; appending must be idempotent on the determination id.
/// </summary>
public sealed class AppendDeterminationToLog(ClearinghouseDb db, IEnumerable<IDeterminationLog> logs) : IJobHandler
{
    public const string JobKind = "frontier-append-determination";

    public sealed record Payload(Guid DeterminationId);

    public string Kind => JobKind;

    public static void Enqueue(ClearinghouseDb db, Guid determination) => JobQueue.Enqueue(db, JobKind, new Payload(determination), maxAttempts: 366);

    public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = job.ReadPayload<Payload>().DeterminationId;
        var targets = logs.ToList();
        if (targets.Count == 0)
        {
            return JobOutcome.Retry("No transparency log is configured yet; the decision waits in the outbox.", TimeSpan.FromDays(1));
        }

        var determination = await db.Set<Determination>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (determination is not { Covered: { } covered, DecidedAt: { } decidedAt })
        {
            return JobOutcome.Fail($"Determination {id} is not decided.");
        }

        var entry = new DecidedDetermination(determination.Id, determination.ModelId, determination.DeveloperId.Value, covered, decidedAt);
        foreach (var log in targets)
        {
            await log.AppendAsync(entry, cancellationToken);
        }

        return JobOutcome.Succeeded;
    }
}
