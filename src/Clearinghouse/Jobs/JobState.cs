namespace Clearinghouse.Jobs;

/// <summary>Where a job is. Stored by name; the worker's SQL names them too (JobWorker's claim statement).</summary>
public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
