namespace Clearinghouse.Scans;

/// <summary>Settings of the Scans section.</summary>
public sealed class ScansOptions
{
    /// <summary>How many conflicting campaigns may run on one target at once; registering one more is refused with an alternative slot.</summary>
    public int ConcurrencyLimit { get; set; } = 1;

    /// <summary>How recent a coverage record makes the same work redundant, in days.</summary>
    public int RedundancyPeriodDays { get; set; } = 30;
}
