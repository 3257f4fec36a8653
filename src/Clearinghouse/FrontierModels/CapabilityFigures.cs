using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The figures of one group of runs (same conditions, same catalogue version) from their scored samples: success rates
/// clustered by task family overall, per category and per difficulty; pass@k where tasks have several attempts; the
/// time horizon; and differences between two groups. Shared by the capability page and the threshold policy, so a
/// policy's indicator and the page an official reads compute the same number.
/// </summary>
internal static class CapabilityFigures
{
    public const double Confidence = 0.95;

    /// <summary>pass@k is reported up to this many attempts; more epochs than this add nothing a reader uses.</summary>
    private const int MaxK = 10;

    public static ClusteredSuccessRate Rate(IEnumerable<ThresholdEvaluation.ScoredSample> samples, double confidence = Confidence) =>
        ClusteredSuccessRate.Estimate(samples.Select(s => new FamilyCount(s.Family, s.Solved ? 1 : 0, 1)), confidence);

    public static RateFigureView RateFigure(string of, ClusteredSuccessRate rate) =>
        new(of, rate.Successes, rate.Trials, rate.Families, rate.Trials == 0 ? null : rate.Rate, [rate.Interval.Low, rate.Interval.High], rate.DesignEffect, rate.Note);

    public static IEnumerable<(string Of, List<ThresholdEvaluation.ScoredSample> Samples)> ByCategory(IEnumerable<ThresholdEvaluation.ScoredSample> samples) =>
        samples.GroupBy(s => s.Category).OrderBy(g => g.Key).Select(g => (ContractJson.EnumName(g.Key), g.ToList()));

    public static IEnumerable<(string Of, List<ThresholdEvaluation.ScoredSample> Samples)> ByDifficulty(IEnumerable<ThresholdEvaluation.ScoredSample> samples) =>
        samples.GroupBy(s => s.Difficulty).OrderBy(g => g.Key).Select(g => (ContractJson.EnumName(g.Key), g.ToList()));

    /// <summary>Scored attempts and solved attempts per task.</summary>
    public static List<(int Attempts, int Correct)> PerTask(IEnumerable<ThresholdEvaluation.ScoredSample> samples) =>
        [.. samples.GroupBy(s => s.TaskKey, StringComparer.Ordinal).Select(g => (g.Count(), g.Count(s => s.Solved)))];

    public static PassAtKEstimate PassAt(IEnumerable<ThresholdEvaluation.ScoredSample> samples, int k, double confidence = Confidence) =>
        PassAtK.WithInterval(PerTask(samples), k, confidence);

    public static IReadOnlyList<PassAtKFigureView> PassAtKFigures(IReadOnlyList<ThresholdEvaluation.ScoredSample> samples)
    {
        var tasks = PerTask(samples);
        var most = tasks.Count == 0 ? 0 : Math.Min(MaxK, tasks.Max(t => t.Attempts));
        if (most < 2)
        {
            return [];
        }

        return [.. Enumerable.Range(1, most).Select(k => PassAtK.WithInterval(tasks, k, Confidence)).Select(e =>
            new PassAtKFigureView(e.K, e.Tasks, e.Tasks == 0 ? null : e.Estimate, [e.Interval.Low, e.Interval.High], e.LeftOut))];
    }

    public static TimeHorizonEstimate Horizon(IEnumerable<ThresholdEvaluation.ScoredSample> samples, double confidence = Confidence) =>
        TimeHorizon.Fit(HorizonAttempts(samples), new TimeHorizonOptions { Confidence = confidence });

    /// <summary>The attempts at tasks with a human first-solve time, as the time horizon reads them.</summary>
    private static IEnumerable<HorizonAttempt> HorizonAttempts(IEnumerable<ThresholdEvaluation.ScoredSample> samples) =>
        samples.Where(s => s.FirstSolveMinutes is > 0).Select(s => new HorizonAttempt(s.TaskKey, s.FirstSolveMinutes!.Value, s.Solved ? 1 : 0));

    public static TimeHorizonFigureView HorizonFigure(TimeHorizonEstimate estimate) =>
        new(estimate.HorizonMinutes is not null, estimate.Attempts, estimate.Tasks, Finite(estimate.HorizonMinutes), Finite(estimate.LowMinutes), Finite(estimate.HighMinutes),
            [.. estimate.Diagnostics, .. estimate.UnboundedReplicates > 0
                ? [$"{estimate.UnboundedReplicates} of {estimate.Options.Replicates} bootstrap replicates had no finite horizon; an interval end shown as null is unbounded"]
                : Array.Empty<string>()]);

    public static CapabilityGroupView Group(
        ElicitationConditions conditions, int catalogueVersion, IReadOnlyList<Guid> runIds, int unscored, IReadOnlyList<ThresholdEvaluation.ScoredSample> samples, string banner) =>
        new(conditions, catalogueVersion, runIds, samples.Count, unscored,
            RateFigure("all", Rate(samples)),
            [.. ByCategory(samples).Select(g => RateFigure(g.Of, Rate(g.Samples)))],
            [.. ByDifficulty(samples).Select(g => RateFigure(g.Of, Rate(g.Samples)))],
            PassAtKFigures(samples),
            HorizonFigure(Horizon(samples)),
            banner);

    /// <summary>This side minus the other over the tasks both were scored on; categories or difficulties one side lacks are left out.</summary>
    public static CapabilityDifferenceView Difference(CapabilityGroupView mine, IReadOnlyList<ThresholdEvaluation.ScoredSample> mySamples,
        CapabilityGroupView theirs, IReadOnlyList<ThresholdEvaluation.ScoredSample> theirSamples)
    {
        var common = mySamples.Select(s => s.TaskKey).ToHashSet(StringComparer.Ordinal);
        common.IntersectWith(theirSamples.Select(s => s.TaskKey));
        var a = mySamples.Where(s => common.Contains(s.TaskKey)).ToList();
        var b = theirSamples.Where(s => common.Contains(s.TaskKey)).ToList();
        return new CapabilityDifferenceView(mine.Conditions, mine.CatalogueVersion, theirs.CatalogueVersion, common.Count,
            DifferenceFigure("all", a, b),
            Paired(ByCategory(a), ByCategory(b)),
            Paired(ByDifficulty(a), ByDifficulty(b)),
            [HorizonFigure(Horizon(a)), HorizonFigure(Horizon(b))],
            HorizonRatio(a, b));
    }

    /// <summary>This side's horizon over the other's, paired by task (<see cref="TimeHorizon.Compare"/>).</summary>
    public static TimeHorizonRatioView HorizonRatio(IReadOnlyList<ThresholdEvaluation.ScoredSample> mine, IReadOnlyList<ThresholdEvaluation.ScoredSample> theirs)
    {
        var ratio = TimeHorizon.Compare(HorizonAttempts(mine), HorizonAttempts(theirs), new TimeHorizonOptions { Confidence = Confidence });
        return new TimeHorizonRatioView(Finite(ratio.Ratio), [Finite(ratio.Low), Finite(ratio.High)], ratio.ExcludesOne, ratio.Notes);
    }

    private static List<DifferenceFigureView> Paired(
        IEnumerable<(string Of, List<ThresholdEvaluation.ScoredSample> Samples)> mine, IEnumerable<(string Of, List<ThresholdEvaluation.ScoredSample> Samples)> theirs)
    {
        var other = theirs.ToDictionary(g => g.Of, g => g.Samples, StringComparer.Ordinal);
        return [.. mine.Where(g => other.ContainsKey(g.Of)).Select(g => DifferenceFigure(g.Of, g.Samples, other[g.Of]))];
    }

    private static DifferenceFigureView DifferenceFigure(string of, IReadOnlyList<ThresholdEvaluation.ScoredSample> mine, IReadOnlyList<ThresholdEvaluation.ScoredSample> theirs)
    {
        var difference = RateDifference.Newcombe(Rate(mine), Rate(theirs));
        return new DifferenceFigureView(of, difference.Estimate, [difference.Low, difference.High], difference.ExcludesZero);
    }

    // JSON has no infinity: an unbounded horizon is null, with the estimate's own note saying why.
    private static double? Finite(double? minutes) => minutes is { } m && double.IsFinite(m) ? m : null;
}
