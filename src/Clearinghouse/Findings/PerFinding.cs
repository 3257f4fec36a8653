namespace Clearinghouse.Findings;

/// <summary>
/// Work that stands alone for each finding of a submission (checks, fingerprints, text signatures), spread over every
/// core once a submission is large enough to pay for it: a SARIF log may hold 100,000 results.
/// </summary>
internal static class PerFinding
{
    /// <summary>Below this many items the work stays on the calling thread.</summary>
    public const int ParallelFrom = 1000;

    /// <summary><paramref name="compute"/> (item, index) over every item; the results come back in the items' order.</summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> compute)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = items.Count < ParallelFrom ? 1 : Environment.ProcessorCount }, i => results[i] = compute(items[i], i));
        return results;
    }
}
