namespace Clearinghouse.Verification.Sandbox;

/// <summary>
/// One run of a reproduction recipe's command. <see cref="Command"/> is executed directly (argument 0 found on the
/// sandbox's fixed PATH); there is no shell unless the recipe's command is itself <c>sh -c ...</c>.
/// </summary>
/// <param name="Command">Program and arguments; at least the program.</param>
public sealed record SandboxRequest(IReadOnlyList<string> Command)
{
    /// <summary>Input files by path relative to the working directory (<c>/work</c> inside the sandbox).</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The command's whole environment besides PATH (fixed) and HOME (<c>/work</c> unless given here).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public TimeSpan WallClockLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whole seconds (RLIMIT_CPU), per process; at least one second.</summary>
    public TimeSpan CpuTimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Address space per process (RLIMIT_AS), or null for none. AddressSanitizer builds reserve terabytes of address
    /// space and need null here; memory is then bounded only by what the operator adds (a cgroup, the VM).
    /// </summary>
    public long? MemoryLimitBytes { get; init; } = 1L << 30;

    /// <summary>Processes and threads inside the sandbox (RLIMIT_NPROC, counted in the sandbox's own user namespace).</summary>
    public int ProcessLimit { get; init; } = 64;

    /// <summary>Largest file the command may write (RLIMIT_FSIZE).</summary>
    public long FileSizeLimitBytes { get; init; } = 64L << 20;

    /// <summary>Bytes kept of stdout and of stderr each; the rest is read and counted but dropped.</summary>
    public int MaxOutputBytes { get; init; } = 1 << 20;
}
