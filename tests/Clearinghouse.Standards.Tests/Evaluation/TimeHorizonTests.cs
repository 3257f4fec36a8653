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
}
