using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

/// <summary>Reference numbers: Newcombe 1998, Table II, method 10 (hybrid score interval from Wilson intervals).</summary>
public sealed class RateDifferenceTests
{
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    public void The_hybrid_score_interval_matches_newcombes_published_examples(int x1, int n1, int x2, int n2, double low, double high)
    {
        var difference = RateDifference.Newcombe((double)x1 / n1, SuccessRate.Wilson(x1, n1), (double)x2 / n2, SuccessRate.Wilson(x2, n2));

        Assert.Equal((double)x1 / n1 - ((double)x2 / n2), difference.Estimate, 1e-15);
        Assert.Equal(low, difference.Low, 4);
        Assert.Equal(high, difference.High, 4);
        Assert.Equal(low > 0, difference.ExcludesZero);
    }

    [Fact]
    public void Clustered_rates_give_a_wider_difference_than_independent_attempts()
    {
        // Four families whose attempts succeed or fail together: the design effect widens both rates and their difference.
        FamilyCount[] newer = [new("a", 3, 3), new("b", 3, 3), new("c", 3, 3), new("d", 0, 3)];
        FamilyCount[] older = [new("a", 3, 3), new("b", 0, 3), new("c", 0, 3), new("d", 0, 3)];

        var clustered = RateDifference.Newcombe(ClusteredSuccessRate.Estimate(newer), ClusteredSuccessRate.Estimate(older));
        var independent = RateDifference.Newcombe(9 / 12.0, SuccessRate.Wilson(9, 12), 3 / 12.0, SuccessRate.Wilson(3, 12));

        Assert.Equal(0.5, clustered.Estimate, 1e-15);
        Assert.True(clustered.Low < independent.Low);
        Assert.True(clustered.High > independent.High);
    }
}
