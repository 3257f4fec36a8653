namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// Confidence intervals for a success rate observed as <c>successes</c> out of <c>trials</c> independent attempts.
/// </summary>
/// <remarks>
/// <para>Wilson's score interval is the default for reporting: it stays inside [0, 1], is not degenerate at 0 or n
/// successes (unlike the Wald interval p ± z·√(p(1−p)/n)), and its coverage is close to nominal for small n.</para>
/// <para>Clopper–Pearson's exact interval inverts the binomial test: its coverage is never below nominal, at the price of
/// being wider. Use it where a claim must hold conservatively (e.g. "the model solves at most x% of these tasks").</para>
/// <para>Zero trials give [0, 1]: nothing is known. Attempts that share a task family are not independent; for those
/// use <see cref="ClusteredSuccessRate"/>.</para>
/// </remarks>
public static class SuccessRate
{
    /// <summary>Wilson's score interval: the p whose score test at this level does not reject the observed rate.</summary>
    /// <param name="successes">Attempts that succeeded, 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Attempts made, 0 or more.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">Counts that cannot be, or a level outside (0, 1): a caller's bug.</exception>
    public static RateInterval Wilson(int successes, int trials, double confidence = 0.95)
    {
        CheckCounts(successes, trials);
        CheckConfidence(confidence);
        return Wilson((double)successes, trials, confidence);
    }

    /// <summary>Clopper–Pearson's exact interval: the α/2 and 1−α/2 quantiles of Beta(x, n−x+1) and Beta(x+1, n−x).</summary>
    /// <param name="successes">Attempts that succeeded, 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Attempts made, 0 or more.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">Counts that cannot be, or a level outside (0, 1): a caller's bug.</exception>
    public static RateInterval ClopperPearson(int successes, int trials, double confidence = 0.95)
    {
        CheckCounts(successes, trials);
        CheckConfidence(confidence);
        if (trials == 0)
        {
            return new RateInterval(0, 1, confidence);
        }

        var alpha = 1 - confidence;
        var low = successes == 0 ? 0 : Distributions.BetaQuantile(alpha / 2, successes, trials - successes + 1);
        var high = successes == trials ? 1 : Distributions.BetaQuantile(1 - (alpha / 2), successes + 1, trials - successes);
        return new RateInterval(low, high, confidence);
    }

    /// <summary>Wilson's interval for a possibly fractional count (an effective sample size after a design effect).</summary>
    internal static RateInterval Wilson(double successes, double trials, double confidence)
    {
        if (trials <= 0)
        {
            return new RateInterval(0, 1, confidence);
        }

        var z = Distributions.TwoSidedZ(confidence);
        var p = successes / trials;
        var z2n = z * z / trials;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt((p * (1 - p) / trials) + (z2n / (4 * trials)));
        return new RateInterval(Math.Max(0, centre - half), Math.Min(1, centre + half), confidence);
    }

    internal static void CheckCounts(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
    }

    internal static void CheckConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level is strictly between 0 and 1.");
        }
    }
}
