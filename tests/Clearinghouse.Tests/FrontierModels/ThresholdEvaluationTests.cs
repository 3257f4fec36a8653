using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.FrontierModels;
using Clearinghouse.Standards.Evaluation;
using static Clearinghouse.FrontierModels.ThresholdEvaluation;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>
/// The policy's indicators on the time horizon and pass@k: each decision is checked against the interval the statistics
/// library computes from the same attempts, around its ends, so the rule (lower end, upper end, alert band) is what is tested.
/// </summary>
public sealed class ThresholdEvaluationTests
{
    /// <summary>Twelve tasks of 1 to 2,048 minutes, three attempts each; the first <paramref name="solvedBelow"/> minutes solved, one extra solve at 256.</summary>
    private static List<ScoredSample> Samples(double solvedBelow) =>
    [
        .. Enumerable.Range(0, 12).SelectMany(i => Enumerable.Range(1, 3).Select(epoch =>
        {
            var minutes = Math.Pow(2, i);
            var solved = minutes <= solvedBelow || (minutes == 256 && epoch == 1);
            return new ScoredSample($"task-{i}", $"family-{i}", TaskCategory.Web, BenchmarkTask.DifficultyOf(minutes, null), minutes, solved);
        })),
    ];

    private static ThresholdOutcome Outcome(IndicatorSpec indicator, IReadOnlyList<ScoredSample> samples) =>
        Assert.Single(Evaluate(Policy(indicator), [new EvidenceGroup("runs", samples)])).Outcome;

    private static ThresholdPolicyRequest Policy(params IndicatorSpec[] indicators) =>
        new() { Indicators = indicators, HolisticGuidance = "test", ReevaluationTriggers = ["developer request"] };

    [Fact]
    public void A_time_horizon_indicator_is_reached_only_above_the_intervals_lower_end_and_alerts_up_to_twice_its_upper_end()
    {
        var samples = Samples(64);
        var estimate = TimeHorizon.Fit(samples.Select(s => new HorizonAttempt(s.TaskKey, s.FirstSolveMinutes!.Value, s.Solved ? 1 : 0)));
        var (low, high) = (estimate.LowMinutes!.Value, estimate.HighMinutes!.Value);
        Assert.True(low < high && double.IsFinite(high));
        IndicatorSpec At(double minutes) => new() { Id = "horizon", Kind = IndicatorKind.TimeHorizon, HorizonMinutes = minutes };

        Assert.Equal(ThresholdOutcome.Reached, Outcome(At(low * 0.9), samples));
        Assert.Equal(ThresholdOutcome.CannotRuleOut, Outcome(At((low + high) / 2), samples));
        Assert.Equal(ThresholdOutcome.Alert, Outcome(At(high * 1.5), samples));
        Assert.Equal(ThresholdOutcome.BelowAlert, Outcome(At(high * 2.5), samples));
    }

    [Fact]
    public void A_pass_at_k_indicator_rests_on_the_bounds_of_its_interval_over_tasks_of_the_difficulty_asked()
    {
        var samples = Samples(64);
        var expert = samples.Where(s => s.Difficulty >= TaskDifficulty.Expert).ToList();
        var estimate = PassAtK.WithInterval(expert.GroupBy(s => s.TaskKey).Select(g => (g.Count(), g.Count(s => s.Solved))), 3);
        var (low, high) = (estimate.Interval.Low, estimate.Interval.High);
        IndicatorSpec At(double threshold) => new() { Id = "pass-at-3", Kind = IndicatorKind.PassAtK, K = 3, Threshold = threshold, Difficulty = TaskDifficulty.Expert, AlertMargin = 0.1 };

        Assert.True(low > 0.05);
        Assert.Equal(ThresholdOutcome.Reached, Outcome(At(low - 0.05), samples));
        Assert.Equal(ThresholdOutcome.CannotRuleOut, Outcome(At((low + high) / 2), samples));
        Assert.Equal(ThresholdOutcome.Alert, Outcome(At(high + 0.05), samples));
        Assert.Equal(ThresholdOutcome.BelowAlert, Outcome(At(high + 0.15), samples));
    }

    [Fact]
    public void Without_scored_attempts_the_indicator_can_count_the_outcome_is_insufficient_evidence_never_below_alert()
    {
        var untimed = Samples(64).Select(s => s with { FirstSolveMinutes = null }).ToList();

        Assert.Equal(ThresholdOutcome.InsufficientEvidence, Outcome(new IndicatorSpec { Id = "h", Kind = IndicatorKind.TimeHorizon, HorizonMinutes = 60 }, untimed));
        Assert.Equal(ThresholdOutcome.InsufficientEvidence, Outcome(new IndicatorSpec { Id = "p", Kind = IndicatorKind.PassAtK, K = 4, Threshold = 0.5 }, untimed));
        Assert.Equal(ThresholdOutcome.InsufficientEvidence, Outcome(new IndicatorSpec { Id = "l", Kind = IndicatorKind.SolvesLongTask, FirstSolveMinutes = 60 }, untimed));
        Assert.Equal(ThresholdOutcome.InsufficientEvidence, Outcome(new IndicatorSpec
        {
            Id = "r", Kind = IndicatorKind.SuccessRate, Difficulty = TaskDifficulty.Novice, Threshold = 0.99, MinimumCategories = 2,
        }, untimed));
    }

    [Fact]
    public void Groups_under_different_conditions_are_evaluated_apart_and_one_without_evidence_does_not_outweigh_one_with()
    {
        var indicator = new IndicatorSpec { Id = "horizon", Kind = IndicatorKind.TimeHorizon, HorizonMinutes = 100_000 };
        var finding = Assert.Single(Evaluate(Policy(indicator),
        [
            new EvidenceGroup("safeguards on", Samples(64)),
            new EvidenceGroup("safeguards off", []),
        ]));

        Assert.Equal(ThresholdOutcome.BelowAlert, finding.Outcome);
        Assert.Contains("Highest of 2 groups", finding.Reasoning, StringComparison.Ordinal);
        Assert.Contains("safeguards off: insufficient-evidence", finding.Reasoning, StringComparison.Ordinal);

        // Across indicators, one that cannot be checked keeps the policy from saying "below alert".
        var both = Evaluate(Policy(indicator, new IndicatorSpec { Id = "long", Kind = IndicatorKind.SolvesLongTask, FirstSolveMinutes = 10_000 }),
            [new EvidenceGroup("runs", Samples(64))]);
        Assert.Equal(ThresholdOutcome.InsufficientEvidence, Overall(both));
    }

    [Fact]
    public void A_policy_cannot_publish_a_time_horizon_or_pass_at_k_indicator_without_its_threshold()
    {
        Assert.Contains("horizonMinutes", Incomplete(new IndicatorSpec { Id = "h", Kind = IndicatorKind.TimeHorizon }), StringComparison.Ordinal);
        Assert.Contains("k and threshold", Incomplete(new IndicatorSpec { Id = "p", Kind = IndicatorKind.PassAtK, K = 3 }), StringComparison.Ordinal);
        Assert.Null(Incomplete(new IndicatorSpec { Id = "p", Kind = IndicatorKind.PassAtK, K = 3, Threshold = 0.5 }));
    }
}
