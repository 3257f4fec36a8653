namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// The result of <see cref="TimeHorizon.Fit"/>: the fitted curve P(success) = σ(β₀ + β₁·ln minutes), the horizon where it
/// crosses the success level, and the bootstrap interval of that horizon.
/// </summary>
public sealed class TimeHorizonEstimate
{
    internal TimeHorizonEstimate(
        double? horizon,
        double intercept,
        double slope,
        double? low,
        double? high,
        TimeHorizonOptions options,
        int attempts,
        int tasks,
        int unboundedReplicates,
        IReadOnlyList<string> diagnostics)
    {
        HorizonMinutes = horizon;
        Intercept = intercept;
        Slope = slope;
        LowMinutes = low;
        HighMinutes = high;
        Options = options;
        Attempts = attempts;
        Tasks = tasks;
        UnboundedReplicates = unboundedReplicates;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The task length (minutes of human time) at which the predicted success is the success level; null when nothing
    /// could be fitted (no usable attempt). <see cref="double.PositiveInfinity"/> when success does not fall with task
    /// length (e.g. every attempt succeeded), 0 when every attempt failed.
    /// </summary>
    public double? HorizonMinutes { get; }

    /// <summary>β₀ of the fitted curve (log-odds of success for a one-minute task).</summary>
    public double Intercept { get; }

    /// <summary>β₁ of the fitted curve: the change in log-odds per unit of ln minutes (negative when longer tasks are harder).</summary>
    public double Slope { get; }

    /// <summary>The lower end of the percentile bootstrap interval, or null without replicates.</summary>
    public double? LowMinutes { get; }

    /// <summary>The upper end; <see cref="double.PositiveInfinity"/> when enough replicates had no finite horizon.</summary>
    public double? HighMinutes { get; }

    /// <summary>The options used.</summary>
    public TimeHorizonOptions Options { get; }

    /// <summary>The attempts used (attempts with a problem are left out; see <see cref="Diagnostics"/>).</summary>
    public int Attempts { get; }

    /// <summary>The distinct tasks used.</summary>
    public int Tasks { get; }

    /// <summary>Bootstrap replicates whose success did not fall with task length, counted with an infinite horizon.</summary>
    public int UnboundedReplicates { get; }

    /// <summary>Attempts left out and why, and notes on a degenerate fit; empty when all was well.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>The fitted probability of success at a task length in minutes.</summary>
    public double PredictedSuccess(double minutes) => 1 / (1 + Math.Exp(-(Intercept + (Slope * Math.Log(minutes)))));
}
