using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

public sealed class TimeHorizonTests
{
    private static readonly (double Minutes, double Score)[] Mixed =
    [
        (1, 1), (1, 1), (2, 1), (4, 1), (4, 0), (8, 1), (15, 0), (15, 1), (30, 0), (60, 1), (60, 0), (120, 0), (240, 0), (480, 0),
    ];

    private static List<HorizonAttempt> Attempts((double Minutes, double Score)[] rows) =>
        rows.Select((row, i) => new HorizonAttempt("task" + i, row.Minutes, row.Score)).ToList();

    /// <summary>
    /// Reference: scipy.optimize.minimize (BFGS, gtol 1e-12, SciPy 1.10.1) of −Σ[y·η − ln(1+e^η)] + 0.01/2·β₁² with
    /// η = β₀ + β₁·ln(minutes) gives β₀ 2.6897871118081955, β₁ −0.9789276767634596, a 50% horizon of 15.606496440005088
    /// minutes and an 80% horizon of 3.7869147490521953.
    /// </summary>
    [Fact]
    public void The_fitted_curve_and_horizon_match_an_independent_fit()
    {
        var estimate = TimeHorizon.Fit(Attempts(Mixed), new TimeHorizonOptions { Replicates = 0 });

        Assert.Equal(2.6897871118081955, estimate.Intercept, 1e-6);
        Assert.Equal(-0.9789276767634596, estimate.Slope, 1e-6);
        Assert.Equal(15.606496440005088, estimate.HorizonMinutes!.Value, 1e-5);
        Assert.Equal(0.5, estimate.PredictedSuccess(estimate.HorizonMinutes.Value), 1e-12);
        Assert.Null(estimate.LowMinutes);
        Assert.Empty(estimate.Diagnostics);

        var eighty = TimeHorizon.Fit(Attempts(Mixed), new TimeHorizonOptions { Replicates = 0, SuccessLevel = 0.8 });
        Assert.Equal(3.7869147490521953, eighty.HorizonMinutes!.Value, 1e-5);
    }

    [Fact]
    public void The_bootstrap_interval_surrounds_the_estimate_and_is_reproducible()
    {
        var first = TimeHorizon.Fit(Attempts(Mixed));
        var second = TimeHorizon.Fit(Attempts(Mixed));

        Assert.True(first.LowMinutes < first.HorizonMinutes && first.HorizonMinutes < first.HighMinutes, $"{first.LowMinutes} {first.HorizonMinutes} {first.HighMinutes}");
        Assert.Equal(first.LowMinutes, second.LowMinutes);
        Assert.Equal(first.HighMinutes, second.HighMinutes);
        Assert.Equal(14, first.Tasks);
    }

    [Fact]
    public void Simulated_attempts_recover_the_true_horizon_within_the_interval()
    {
        // Truth: P(success) = σ(−1.2·(ln t − ln 30)), a 30-minute horizon; 60 tasks from 1 minute to 16 hours, 4 epochs each.
        var random = new Random(7);
        var attempts = new List<HorizonAttempt>();
        for (var task = 0; task < 60; task++)
        {
            var minutes = Math.Exp(random.NextDouble() * Math.Log(960));
            var p = 1 / (1 + Math.Exp(1.2 * (Math.Log(minutes) - Math.Log(30))));
            for (var epoch = 0; epoch < 4; epoch++)
            {
                attempts.Add(new HorizonAttempt("t" + task, minutes, random.NextDouble() < p ? 1 : 0));
            }
        }

        var estimate = TimeHorizon.Fit(attempts, new TimeHorizonOptions { Replicates = 500 });

        Assert.InRange(30, estimate.LowMinutes!.Value, estimate.HighMinutes!.Value);
        Assert.InRange(estimate.HorizonMinutes!.Value, 15, 60);
        Assert.Equal(240, estimate.Attempts);
    }

    [Fact]
    public void Perfectly_separated_outcomes_put_the_horizon_between_the_longest_solved_and_the_shortest_failed_task()
    {
        var estimate = TimeHorizon.Fit(Attempts([(2, 1), (5, 1), (10, 1), (40, 0), (90, 0), (200, 0)]), new TimeHorizonOptions { Replicates = 200 });

        Assert.InRange(estimate.HorizonMinutes!.Value, 10, 40);
    }

    [Fact]
    public void Every_attempt_solved_gives_an_unbounded_horizon_and_says_why()
    {
        var estimate = TimeHorizon.Fit(Attempts([(2, 1), (5, 1), (10, 1)]), new TimeHorizonOptions { Replicates = 50 });

        Assert.Equal(double.PositiveInfinity, estimate.HorizonMinutes);
        Assert.Equal(double.PositiveInfinity, estimate.HighMinutes);
        Assert.Equal(50, estimate.UnboundedReplicates);
        Assert.Contains(estimate.Diagnostics, d => d.Contains("every attempt succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public void Unusable_attempts_are_left_out_with_a_diagnostic_instead_of_an_exception()
    {
        var attempts = Attempts(Mixed);
        attempts.Add(new HorizonAttempt("bad-time", 0, 1));
        attempts.Add(new HorizonAttempt("nan-time", double.NaN, 1));
        attempts.Add(new HorizonAttempt("bad-score", 10, 1.5));

        var estimate = TimeHorizon.Fit(attempts, new TimeHorizonOptions { Replicates = 0 });

        Assert.Equal(14, estimate.Attempts);
        Assert.Equal(3, estimate.Diagnostics.Count);
        Assert.Contains("bad-time", estimate.Diagnostics[0], StringComparison.Ordinal);
        Assert.Equal(15.606496440005088, estimate.HorizonMinutes!.Value, 1e-5);
    }

    [Fact]
    public void Nothing_usable_gives_no_horizon()
    {
        var estimate = TimeHorizon.Fit([]);

        Assert.Null(estimate.HorizonMinutes);
        Assert.Single(estimate.Diagnostics);
    }

    /// <summary>24 tasks from 1 to 480 minutes, three attempts each, solved exactly when the task is at most <paramref name="solvesUpTo"/> minutes.</summary>
    private static List<HorizonAttempt> Solver(double solvesUpTo, string prefix = "task") =>
        [.. Enumerable.Range(0, 24).SelectMany(t =>
        {
            var minutes = Math.Round(Math.Exp(t * Math.Log(480) / 23), 3);
            return Enumerable.Repeat(new HorizonAttempt($"{prefix}{t}", minutes, minutes <= solvesUpTo ? 1 : 0), 3);
        })];

    [Fact]
    public void A_model_compared_with_itself_has_a_ratio_of_exactly_one_in_every_replicate()
    {
        var ratio = TimeHorizon.Compare(Attempts(Mixed), Attempts(Mixed));

        Assert.Equal((1.0, 1.0, 1.0), (ratio.Ratio!.Value, ratio.Low!.Value, ratio.High!.Value));
        Assert.False(ratio.ExcludesOne);
        Assert.Equal(14, ratio.CommonTasks);
    }

    [Fact]
    public void A_model_that_solves_every_task_up_to_an_hour_has_a_longer_horizon_than_one_that_stops_at_four_minutes_and_the_interval_says_so()
    {
        var strong = Solver(60);
        var weak = Solver(4);

        var ratio = TimeHorizon.Compare(strong, weak);

        // The ratio is that of the two horizons each fit alone gives on the same tasks.
        var expected = TimeHorizon.Fit(strong, new TimeHorizonOptions { Replicates = 0 }).HorizonMinutes!.Value
            / TimeHorizon.Fit(weak, new TimeHorizonOptions { Replicates = 0 }).HorizonMinutes!.Value;
        Assert.Equal(expected, ratio.Ratio!.Value, 1e-9);
        // Both fits put their horizon between the longest task solved and the shortest failed (56.0 to 73.3 minutes, and
        // 3.8 to 5.0), so the ratio lies between 56.0 / 5.0 and 73.3 / 3.8.
        (double Solved, double Failed) Between(List<HorizonAttempt> attempts) =>
            (attempts.Where(x => x.Score == 1).Max(x => x.HumanMinutes), attempts.Where(x => x.Score == 0).Min(x => x.HumanMinutes));
        var (strongSolved, strongFailed) = Between(strong);
        var (weakSolved, weakFailed) = Between(weak);
        Assert.InRange(ratio.Ratio.Value, strongSolved / weakFailed, strongFailed / weakSolved);
        Assert.True(ratio.Low > 1 && ratio.Low <= ratio.Ratio && ratio.Ratio <= ratio.High, $"{ratio.Low} {ratio.Ratio} {ratio.High}");
        Assert.True(ratio.ExcludesOne);

        // The other way round: the same resamples, so the inverse ratio, and an interval wholly below 1.
        var reverse = TimeHorizon.Compare(weak, strong);
        Assert.Equal(1 / ratio.Ratio.Value, reverse.Ratio!.Value, 1e-9);
        Assert.True(reverse.High < 1);
        var again = TimeHorizon.Compare(strong, weak);
        Assert.Equal((ratio.Ratio, ratio.Low, ratio.High), (again.Ratio, again.Low, again.High));
    }

    [Fact]
    public void Only_the_tasks_both_were_scored_on_are_compared_and_an_undefined_ratio_is_null_with_a_note()
    {
        var strong = Solver(60);
        var extra = strong.Concat([new HorizonAttempt("only-mine", 30, 1)]).ToList();

        Assert.Equal(TimeHorizon.Compare(strong, Solver(4)).Ratio, TimeHorizon.Compare(extra, Solver(4)).Ratio);
        var withExtra = TimeHorizon.Compare(extra, Solver(4));
        Assert.Equal(24, withExtra.CommonTasks);
        Assert.Contains(withExtra.Notes, n => n.Contains("1 task(s) scored on one side only", StringComparison.Ordinal));

        var allSolved = TimeHorizon.Compare(Solver(1000), Solver(1000), new TimeHorizonOptions { Replicates = 50 });
        Assert.Null(allSolved.Ratio);
        Assert.Equal((50, (double?)null, (double?)null), (allSolved.UndefinedReplicates, allSolved.Low, allSolved.High));
        Assert.Contains(allSolved.Notes, n => n.Contains("both horizons are unbounded", StringComparison.Ordinal));

        var few = TimeHorizon.Compare(Solver(60).Take(27).ToList(), Solver(4).Take(27).ToList());
        Assert.Equal((9, (double?)null, (double?)null, false), (few.CommonTasks, few.Low, few.High, few.ExcludesOne));
        Assert.NotNull(few.Ratio);
        Assert.Contains(few.Notes, n => n.Contains("fewer than the 10 a bootstrap interval needs", StringComparison.Ordinal));

        var nothing = TimeHorizon.Compare(Solver(60, "a"), Solver(60, "b"));
        Assert.Equal((0, (double?)null), (nothing.CommonTasks, nothing.Ratio));
    }
}
