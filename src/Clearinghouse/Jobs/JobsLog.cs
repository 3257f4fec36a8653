using Microsoft.Extensions.Logging;

namespace Clearinghouse.Jobs;

internal static partial class JobsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Job worker {Worker} started on {Provider}; it runs {Kinds}")]
    public static partial void WorkerStarted(ILogger logger, string worker, Storage.DatabaseProvider provider, string kinds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job worker {Worker} stopped")]
    public static partial void WorkerStopped(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job worker {Worker} could not reach the queue; it tries again after its poll interval")]
    public static partial void QueueUnavailable(ILogger logger, string worker, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) succeeded on attempt {Attempt}")]
    public static partial void Succeeded(ILogger logger, JobId jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) attempt {Attempt} of {MaxAttempts} failed; retrying at {RunAfter}: {Error}")]
    public static partial void Retrying(ILogger logger, JobId jobId, string kind, int attempt, int maxAttempts, DateTimeOffset runAfter, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) failed on attempt {Attempt} of {MaxAttempts}: {Error}")]
    public static partial void Failed(ILogger logger, JobId jobId, string kind, int attempt, int maxAttempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) attempt {Attempt} threw")]
    public static partial void Threw(ILogger logger, JobId jobId, string kind, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) was interrupted by shutdown; it goes back to the queue")]
    public static partial void Interrupted(ILogger logger, JobId jobId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) attempt {Attempt}: the lease was lost to another worker; this attempt's outcome is dropped")]
    public static partial void LeaseLost(ILogger logger, JobId jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} jobs failed because their worker stopped during their final attempt (lease expired)")]
    public static partial void AbandonedOnLastAttempt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} jobs that succeeded more than {KeptFor} ago")]
    public static partial void Purged(ILogger logger, int count, TimeSpan keptFor);
}
