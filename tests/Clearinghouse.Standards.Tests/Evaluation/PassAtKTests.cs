using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

/// <summary>Reference numbers: 1 − C(n−c, k)/C(n, k) in exact rational arithmetic (Python's math.comb and fractions).</summary>
public sealed class PassAtKTests
{
    [Theory]
    [InlineData(10, 3, 1, 0.3)]
    [InlineData(10, 3, 5, 0.9166666666666666)]
    [InlineData(200, 13, 10, 0.49755111473060615)]
    [InlineData(200, 13, 100, 0.9999194971988055)]
    [InlineData(5, 4, 2, 1.0)]
    [InlineData(5, 0, 3, 0.0)]
    public void Pass_at_k_matches_the_exact_combinatorial_value(int n, int c, int k, double expected)
    {
        Assert.Equal(expected, PassAtK.Estimate(n, c, k), 1e-14);
    }

    [Fact]
    public void Binomial_coefficients_too_large_for_a_double_do_not_overflow()
    {
        var value = PassAtK.Estimate(5000, 1, 2500);

        Assert.Equal(0.5, value, 1e-14);
    }

    [Fact]
    public void Pass_at_one_is_the_success_rate()
    {
        Assert.Equal(7.0 / 40, PassAtK.Estimate(40, 7, 1), 1e-15);
    }

    [Fact]
    public void The_mean_is_over_tasks()
    {
        Assert.Equal((0.3 + 1.0) / 2, PassAtK.Mean([(10, 3), (5, 5)], 1), 1e-15);
        Assert.True(double.IsNaN(PassAtK.Mean([], 1)));
    }

    [Fact]
    public void More_attempts_allowed_than_made_is_a_callers_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PassAtK.Estimate(3, 1, 4));
    }

    [Fact]
    public void The_interval_of_the_mean_is_wilsons_over_tasks_and_tasks_with_too_few_attempts_are_left_out()
    {
        // Per-task pass@1: 0.3, 1, 0, 0.5 (the reference interval is Wilson's for 1.8 of 4, computed in Python).
        var estimate = PassAtK.WithInterval([(10, 3), (5, 5), (4, 0), (2, 1), (1, 1)], 1);

        Assert.Equal(5, estimate.Tasks);
        var atTwo = PassAtK.WithInterval([(10, 3), (5, 5), (4, 0), (2, 1), (1, 1)], 2);
        Assert.Equal(4, atTwo.Tasks);
        Assert.Equal(1, atTwo.LeftOut);
        var reference = PassAtK.WithInterval([(10, 3), (5, 5), (4, 0), (2, 1)], 1);
        Assert.Equal(0.45, reference.Estimate, 1e-15);
        Assert.Equal(0.1254272637779118, reference.Interval.Low, 1e-9);
        Assert.Equal(0.8235618198675478, reference.Interval.High, 1e-9);
    }

    [Fact]
    public void Every_task_solved_still_has_an_interval_below_one_and_no_task_has_no_estimate()
    {
        var solved = PassAtK.WithInterval([(3, 3), (3, 3), (3, 3)], 1);

        Assert.Equal(1, solved.Estimate);
        Assert.True(solved.Interval.Low < 0.6);
        var none = PassAtK.WithInterval([(1, 1)], 2);
        Assert.Equal(0, none.Tasks);
        Assert.True(double.IsNaN(none.Estimate));
        Assert.Equal((0, 1), (none.Interval.Low, none.Interval.High));
    }
}
