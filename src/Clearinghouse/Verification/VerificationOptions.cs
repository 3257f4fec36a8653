namespace Clearinghouse.Verification;

/// <summary>Settings of automatic reproduction, section <c>Verification</c>.</summary>
public sealed class VerificationOptions
{
    /// <summary>How many times each variant runs; the finding reproduces when at least half the runs show the expected outcome (ClusterFuzz's rule).</summary>
    public int Runs { get; set; } = 3;

    /// <summary>Each run's wall-clock limit.</summary>
    public TimeSpan RunTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Each run's address-space limit; 0 for none (AddressSanitizer builds reserve terabytes of address space).</summary>
    public long MemoryLimitBytes { get; set; } = 4L << 30;

    /// <summary>The bubblewrap binary.</summary>
    public string BwrapPath { get; set; } = "/usr/bin/bwrap";
}
