using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

public sealed class ClusteredSuccessRateTests
{
    /// <summary>
    /// Four families of ten attempts: 3, 9, 1 and 6 successes. Reference from Python (SciPy 1.10.1 for z): the CR1
    /// variance G/(G−1)·Σ(y−p·n)²/N² over p(1−p)/N gives deff 4.912280701754386, effective n 8.142857142857142, and
    /// Wilson at that n [0.20017255489738073, 0.7658544708935674].
    /// </summary>
    [Fact]
    public void Correlated_families_widen_the_interval_by_the_design_effect()
    {
        var rate = ClusteredSuccessRate.Estimate(
        [
            new FamilyCount("crypto", 3, 10), new FamilyCount("web", 9, 10), new FamilyCount("pwn", 1, 10), new FamilyCount("forensics", 6, 10),
        ]);

        Assert.Equal(19, rate.Successes);
        Assert.Equal(40, rate.Trials);
        Assert.Equal(4, rate.Families);
        Assert.Equal(0.475, rate.Rate);
        Assert.Equal(4.912280701754386, rate.DesignEffect, 1e-12);
        Assert.Equal(8.142857142857142, rate.EffectiveTrials, 1e-12);
        Assert.Equal(0.20017255489738073, rate.Interval.Low, 1e-12);
        Assert.Equal(0.7658544708935674, rate.Interval.High, 1e-12);
        Assert.Null(rate.Note);
    }

    [Fact]
    public void Counts_of_one_family_are_added_together()
    {
        var split = ClusteredSuccessRate.Estimate(
        [
            new FamilyCount("crypto", 1, 4), new FamilyCount("crypto", 2, 6), new FamilyCount("web", 9, 10),
            new FamilyCount("pwn", 1, 10), new FamilyCount("forensics", 6, 10),
        ]);

        Assert.Equal(4.912280701754386, split.DesignEffect, 1e-12);
    }

    [Fact]
    public void Families_as_alike_as_independent_attempts_keep_Wilsons_interval()
    {
        var rate = ClusteredSuccessRate.Estimate([new FamilyCount("a", 5, 10), new FamilyCount("b", 5, 10)]);

        Assert.Equal(1, rate.DesignEffect);
        Assert.Equal(SuccessRate.Wilson(10, 20), rate.Interval);
    }

    [Fact]
    public void One_family_cannot_estimate_the_correlation_and_says_so()
    {
        var rate = ClusteredSuccessRate.Estimate([new FamilyCount("only", 7, 40)]);

        Assert.Equal(1, rate.DesignEffect);
        Assert.Equal(SuccessRate.Wilson(7, 40), rate.Interval);
        Assert.NotNull(rate.Note);
    }
}
