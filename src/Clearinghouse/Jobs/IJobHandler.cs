namespace Clearinghouse.Jobs;

/// <summary>
/// Runs the jobs of one kind. Resolved from a fresh DI scope per attempt, so it may take the scoped
/// <c>ClearinghouseDb</c> and audit its own domain changes. A job runs at least once, not exactly once (a worker can
/// stop after the work and before recording it), so a handler must be idempotent; it must also stop when the token is
/// cancelled (shutdown, or its lease was lost), and the job is then run again later.
/// </summary>
public interface IJobHandler
{
    /// <summary>The job kind this handler runs, as given to <see cref="JobQueue.Enqueue{TPayload}"/>.</summary>
    string Kind { get; }

    Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken);
}
