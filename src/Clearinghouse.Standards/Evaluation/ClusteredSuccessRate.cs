namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// A success rate over attempts grouped in task families, with an interval widened for the correlation inside a family.
/// </summary>
/// <remarks>
/// <para>Attempts at tasks of one family (or epochs of one task) succeed or fail together more often than independent
/// attempts would, so the binomial interval is too narrow. The method, written down so it can be checked:</para>
/// <list type="number">
/// <item>the rate is the ratio estimator p = Σyᵍ / Σnᵍ over the G families (yᵍ successes of nᵍ attempts);</item>
/// <item>its cluster-robust variance (the sandwich estimator with the G/(G−1) small-sample factor, "CR1") is
/// V = G/(G−1) · Σ(yᵍ − p·nᵍ)² / N², with N = Σnᵍ;</item>
/// <item>the design effect is deff = V / (p(1−p)/N), floored at 1: with few families a value under 1 is noise, and the
/// interval is never made narrower than the independent-attempts one;</item>
/// <item>the interval is Wilson's at the effective sample size N / deff (Korn and Graubard's approach for complex
/// surveys), so it stays inside [0, 1].</item>
/// </list>
/// <para>With fewer than two families, or a rate of 0 or 1, the design effect cannot be estimated and is 1; the first
/// case is said in <see cref="Note"/>.</para>
/// </remarks>
public sealed class ClusteredSuccessRate
{
    private ClusteredSuccessRate(int successes, int trials, int families, double designEffect, RateInterval interval, string? note)
    {
        Successes = successes;
        Trials = trials;
        Families = families;
        DesignEffect = designEffect;
        Interval = interval;
        Note = note;
    }

    /// <summary>Attempts that succeeded, over every family.</summary>
    public int Successes { get; }

    /// <summary>Attempts made, over every family.</summary>
    public int Trials { get; }

    /// <summary>The number of distinct families with at least one attempt.</summary>
    public int Families { get; }

    /// <summary>Successes / Trials (0 when there were no attempts).</summary>
    public double Rate => Trials == 0 ? 0 : (double)Successes / Trials;

    /// <summary>The design effect used (at least 1).</summary>
    public double DesignEffect { get; }

    /// <summary>Trials / DesignEffect: how many independent attempts the evidence is worth.</summary>
    public double EffectiveTrials => Trials / DesignEffect;

    /// <summary>Wilson's interval at the effective sample size.</summary>
    public RateInterval Interval { get; }

    /// <summary>Why the design effect could not be estimated, or null.</summary>
    public string? Note { get; }

    /// <summary>Estimates the rate and its clustered interval.</summary>
    /// <param name="counts">One or more counts per family; counts of the same family are added.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count that cannot be, or a level outside (0, 1): a caller's bug.</exception>
    public static ClusteredSuccessRate Estimate(IEnumerable<FamilyCount> counts, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(counts);
        SuccessRate.CheckConfidence(confidence);
        var families = new Dictionary<string, (long Successes, long Trials)>(StringComparer.Ordinal);
        foreach (var count in counts)
        {
            SuccessRate.CheckCounts(count.Successes, count.Trials);
            families.TryGetValue(count.Family ?? "", out var sum);
            families[count.Family ?? ""] = (sum.Successes + count.Successes, sum.Trials + count.Trials);
        }

        var observed = families.Values.Where(f => f.Trials > 0).ToList();
        var successes = (int)observed.Sum(f => f.Successes);
        var trials = (int)observed.Sum(f => f.Trials);
        var g = observed.Count;
        var p = trials == 0 ? 0 : (double)successes / trials;
        var designEffect = 1.0;
        string? note = null;
        if (g < 2)
        {
            note = "fewer than two task families: the correlation inside a family cannot be estimated, so the interval treats attempts as independent";
        }
        else if (p > 0 && p < 1)
        {
            var squares = observed.Sum(f => Math.Pow(f.Successes - (p * f.Trials), 2));
            var robust = (double)g / (g - 1) * squares / ((double)trials * trials);
            var binomial = p * (1 - p) / trials;
            designEffect = Math.Max(1, robust / binomial);
        }

        var effective = trials / designEffect;
        return new ClusteredSuccessRate(successes, trials, g, designEffect, SuccessRate.Wilson(p * effective, effective, confidence), note);
    }
}
