namespace Clearinghouse.Jobs;

public enum JobOutcomeKind
{
    Succeeded,
    Retry,
    Failed,
}

/// <summary>
/// How an attempt ended. A handler that throws is treated as <see cref="Retry"/> with the exception as the error:
/// exceptions are for the unexpected, which may be transient. <see cref="Fail"/> is for a job that can never succeed.
/// </summary>
public sealed record JobOutcome
{
    private JobOutcome(JobOutcomeKind kind, string? error, TimeSpan? retryAfter)
    {
        Kind = kind;
        Error = error;
        RetryAfter = retryAfter;
    }

    public JobOutcomeKind Kind { get; }

    public string? Error { get; }

    /// <summary>For <see cref="JobOutcomeKind.Retry"/>: the handler's own delay; null means the worker's exponential backoff.</summary>
    public TimeSpan? RetryAfter { get; }

    public static JobOutcome Succeeded { get; } = new(JobOutcomeKind.Succeeded, null, null);

    /// <summary>Try again later, if attempts remain; otherwise the job fails with <paramref name="error"/>.</summary>
    public static JobOutcome Retry(string error, TimeSpan? after = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        if (after is { } delay)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        }

        return new(JobOutcomeKind.Retry, error, after);
    }

    /// <summary>Give up now, whatever attempts remain.</summary>
    public static JobOutcome Fail(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(JobOutcomeKind.Failed, error, null);
    }
}
