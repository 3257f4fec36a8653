using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

/// <summary>Reference numbers from SciPy 1.10.1: norm.ppf and beta.cdf.</summary>
public sealed class DistributionsTests
{
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(0.5, 0.0)]
    public void Normal_quantile_matches_scipy(double p, double z)
    {
        Assert.Equal(z, Distributions.NormalQuantile(p), 1e-13);
    }

    [Fact]
    public void Regularized_incomplete_beta_matches_scipy()
    {
        Assert.Equal(0.6604822735819071, Distributions.RegularizedIncompleteBeta(0.3, 2.5, 7.25), 1e-13);
    }

    [Fact]
    public void Beta_quantile_inverts_the_incomplete_beta()
    {
        var x = Distributions.BetaQuantile(0.6604822735819071, 2.5, 7.25);

        Assert.Equal(0.3, x, 1e-12);
    }
}
