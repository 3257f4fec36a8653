using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Evaluation;

/// <summary>
/// Reference numbers were computed independently with Python 3.11 and SciPy 1.10.1 (Debian 12's python3-scipy):
/// Wilson as (p + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p(1−p)/n + z²/4n²) with z = scipy.stats.norm.ppf(1 − α/2);
/// Clopper–Pearson as scipy.stats.beta.ppf(α/2, x, n−x+1) and beta.ppf(1 − α/2, x+1, n−x).
/// </summary>
public sealed class SuccessRateTests
{
    [Theory]
    [InlineData(7, 40, 0.95, 0.0874541374603592, 0.31949990331787714)]
    [InlineData(0, 10, 0.95, 0.0, 0.2775327998628892)]
    [InlineData(10, 10, 0.95, 0.7224672001371107, 0.9999999999999999)]
    [InlineData(7, 40, 0.90, 0.09776044308911715, 0.29341929853043053)]
    [InlineData(1, 3, 0.99, 0.04042662929608465, 0.855783984952333)]
    public void Wilson_interval_matches_scipy(int successes, int trials, double confidence, double low, double high)
    {
        var interval = SuccessRate.Wilson(successes, trials, confidence);

        Assert.Equal(low, interval.Low, 1e-12);
        Assert.Equal(high, interval.High, 1e-12);
        Assert.Equal(confidence, interval.Confidence);
    }

    [Theory]
    [InlineData(7, 40, 0.95, 0.07338272935208519, 0.32779013336158586)]
    [InlineData(0, 10, 0.95, 0.0, 0.3084971078187608)]
    [InlineData(10, 10, 0.95, 0.6915028921812392, 1.0)]
    [InlineData(7, 40, 0.90, 0.08513250458598166, 0.3037056670034146)]
    [InlineData(1, 3, 0.99, 0.0016694521863086687, 0.9585998492839568)]
    public void Clopper_Pearson_interval_matches_the_beta_quantiles_of_scipy(int successes, int trials, double confidence, double low, double high)
    {
        var interval = SuccessRate.ClopperPearson(successes, trials, confidence);

        Assert.Equal(low, interval.Low, 1e-12);
        Assert.Equal(high, interval.High, 1e-12);
    }

    [Fact]
    public void The_exact_interval_is_wider_than_Wilsons()
    {
        var wilson = SuccessRate.Wilson(7, 40);
        var exact = SuccessRate.ClopperPearson(7, 40);

        Assert.True(exact.Low < wilson.Low && exact.High > wilson.High, $"{exact} should contain {wilson}");
    }

    [Fact]
    public void No_attempts_means_nothing_is_known()
    {
        Assert.Equal(new RateInterval(0, 1, 0.95), SuccessRate.Wilson(0, 0));
        Assert.Equal(new RateInterval(0, 1, 0.95), SuccessRate.ClopperPearson(0, 0));
    }

    [Theory]
    [InlineData(5, 4, 0.95)]
    [InlineData(-1, 4, 0.95)]
    [InlineData(1, 4, 1.0)]
    [InlineData(1, 4, 0.0)]
    [InlineData(1, 4, double.NaN)]
    public void Impossible_arguments_are_a_callers_bug(int successes, int trials, double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SuccessRate.Wilson(successes, trials, confidence));
        Assert.Throws<ArgumentOutOfRangeException>(() => SuccessRate.ClopperPearson(successes, trials, confidence));
    }

    [Fact]
    public void The_interval_prints_its_ends_and_level()
    {
        Assert.Equal("[0.0875, 0.3195] (95%)", SuccessRate.Wilson(7, 40).ToString());
    }
}
