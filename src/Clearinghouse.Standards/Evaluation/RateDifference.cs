namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// The difference of two independent success rates with an interval, by Newcombe's hybrid score method ("method 10" of
/// Newcombe 1998, "Interval estimation for the difference between independent proportions", Stat. Med. 17:873-890).
/// </summary>
/// <remarks>
/// The interval combines each rate's own interval (l₁, u₁) and (l₂, u₂): with d = p₁ − p₂, the bounds are
/// d − √((p₁ − l₁)² + (u₂ − p₂)²) and d + √((u₁ − p₁)² + (p₂ − l₂)²). With Wilson intervals it is Newcombe's method; with
/// the family-clustered intervals of <see cref="ClusteredSuccessRate"/> it carries their design effects, so a comparison
/// of two model versions is no narrower than what each version's evidence supports. Two versions' rates count as
/// different only when the interval excludes 0.
/// </remarks>
public static class RateDifference
{
    /// <summary>p₁ − p₂ and its interval, from each rate and its interval at the same confidence.</summary>
    /// <param name="rate1">The first rate (e.g. the newer version's).</param>
    /// <param name="interval1">Its interval.</param>
    /// <param name="rate2">The second rate.</param>
    /// <param name="interval2">Its interval.</param>
    public static DifferenceInterval Newcombe(double rate1, RateInterval interval1, double rate2, RateInterval interval2)
    {
        var difference = rate1 - rate2;
        var low = difference - Math.Sqrt(Square(rate1 - interval1.Low) + Square(interval2.High - rate2));
        var high = difference + Math.Sqrt(Square(interval1.High - rate1) + Square(rate2 - interval2.Low));
        return new DifferenceInterval(difference, Math.Max(-1, low), Math.Min(1, high), interval1.Confidence);
    }

    /// <summary>The difference of two family-clustered rates (first minus second).</summary>
    public static DifferenceInterval Newcombe(ClusteredSuccessRate first, ClusteredSuccessRate second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Newcombe(first.Rate, first.Interval, second.Rate, second.Interval);
    }

    private static double Square(double x) => x * x;
}

/// <summary>A difference of two rates with its interval.</summary>
/// <param name="Estimate">The difference of the point estimates.</param>
/// <param name="Low">The lower bound (at least −1).</param>
/// <param name="High">The upper bound (at most 1).</param>
/// <param name="Confidence">The confidence level of the intervals it was built from.</param>
public readonly record struct DifferenceInterval(double Estimate, double Low, double High, double Confidence)
{
    /// <summary>Whether the interval excludes no difference at all.</summary>
    public bool ExcludesZero => Low > 0 || High < 0;
}
