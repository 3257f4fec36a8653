namespace Clearinghouse.Standards.Evaluation;

/// <summary>How <see cref="TimeHorizon.Fit"/> fits and bootstraps; the defaults are what reports use.</summary>
public sealed record TimeHorizonOptions
{
    /// <summary>The predicted success rate whose task length is the horizon (default 0.5, the "50% time horizon").</summary>
    public double SuccessLevel { get; init; } = 0.5;

    /// <summary>The confidence level of the bootstrap interval (default 0.95).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Bootstrap replicates (default 2,000; 0 gives no interval).</summary>
    public int Replicates { get; init; } = 2_000;

    /// <summary>The seed of the resampling, fixed so that the same data always give the same interval.</summary>
    public int Seed { get; init; } = 14409;

    /// <summary>
    /// The ridge penalty λ/2·β₁² on the slope (per unit of log minutes). A small one keeps the fit finite when the
    /// outcomes are perfectly separated by task length (every short task solved, every long one failed), which is common
    /// with few tasks; the horizon then falls between the longest solved and the shortest failed task.
    /// </summary>
    public double Ridge { get; init; } = 0.01;
}
