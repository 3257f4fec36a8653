using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Inspect;

/// <summary>One scorer's success rate over the samples of a log, with its interval and the metrics the log recorded.</summary>
/// <param name="Name">The score's name.</param>
/// <param name="Successes">Attempts (sample epochs) whose value is a success (<see cref="InspectScoreOutcome"/>).</param>
/// <param name="Scored">Attempts whose value is a success or a failure.</param>
/// <param name="Unscorable">Attempts with a value that is neither, or with no value for this scorer (e.g. the sample errored).</param>
/// <param name="SuccessRate">Successes / Scored, or null when nothing was scored.</param>
/// <param name="Interval">
/// The 95% interval: Wilson's when each sample was attempted once; with several epochs, the epochs of one sample are
/// correlated, so the interval is <see cref="ClusteredSuccessRate"/>'s with the sample as the cluster.
/// </param>
/// <param name="Recorded">The metrics Inspect recorded for this scorer (<c>accuracy</c>, <c>stderr</c>, ...); empty when none.</param>
public sealed record InspectScorerSummary(
    string Name,
    int Successes,
    int Scored,
    int Unscorable,
    double? SuccessRate,
    RateInterval Interval,
    IReadOnlyDictionary<string, double> Recorded);
