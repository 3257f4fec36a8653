namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// What one sandboxed run did. Exactly one of these holds: <see cref="ExitCode"/> is set (the command exited),
/// <see cref="Signal"/> is set (it was killed by a signal), <see cref="TimedOut"/> (we killed it at the wall-clock
/// limit), or <see cref="SandboxFailure"/> says why no status came back (bwrap could not set up).
/// </summary>
public sealed record SandboxOutcome
{
    public int? ExitCode { get; init; }

    public TerminatingSignal? Signal { get; init; }

    public bool TimedOut { get; init; }

    /// <summary>
    /// The limit that ended the run, where the kernel says so: the wall clock (we killed it), CPU time (SIGXCPU) or
    /// file size (SIGXFSZ). An exhausted address space or process count shows only as failed allocations or forks.
    /// </summary>
    public SandboxLimit? LimitHit { get; init; }

    public required CapturedOutput Stdout { get; init; }

    public required CapturedOutput Stderr { get; init; }

    /// <summary>From start to exit, as measured by the sandbox's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The host command line that ran, for the case log.</summary>
    public required IReadOnlyList<string> SandboxCommandLine { get; init; }

    public string? SandboxFailure { get; init; }
}

/// <param name="Number">The Linux signal number.</param>
/// <param name="Name">Its name, e.g. <c>SIGSEGV</c>; <c>SIG</c> and the number when not a standard signal.</param>
public sealed record TerminatingSignal(int Number, string Name);

/// <param name="Text">The kept bytes as UTF-8 (invalid sequences replaced).</param>
/// <param name="Truncated">More was written than was kept.</param>
/// <param name="TotalBytes">Everything written to the stream.</param>
public sealed record CapturedOutput(string Text, bool Truncated, long TotalBytes);

public enum SandboxLimit
{
    WallClockTime,
    CpuTime,
    FileSize,
}
