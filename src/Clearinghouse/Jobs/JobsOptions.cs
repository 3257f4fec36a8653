namespace Clearinghouse.Jobs;

/// <summary>Bound from the <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    /// <summary>Run the worker in this process. Turn off on processes that should only serve requests.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How long the worker sleeps when no job is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claimed job stays reserved for its worker without word from it. The worker renews the lease every
    /// third of this while the job runs, so it bounds how long a job waits after its worker died, not how long a job may run.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a succeeded job's row is kept before the worker deletes it. Failed jobs are kept until someone looks at them.</summary>
    public TimeSpan KeepSucceededFor { get; set; } = TimeSpan.FromDays(7);
}
