namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// The unbiased pass@k estimator of Chen et al. 2021 ("Evaluating Large Language Models Trained on Code", §2.1): the
/// probability that at least one of k attempts drawn without replacement from n attempts, c of them correct, is correct.
/// </summary>
/// <remarks>
/// pass@k = 1 − C(n−c, k) / C(n, k). The binomial coefficients overflow for realistic n, so the ratio is computed as the
/// product ∏ᵢ₌ₙ₋c₊₁..ₙ (1 − k/i), as in the paper's numerically stable form; when n − c &lt; k every draw holds a
/// correct attempt and pass@k is 1. Estimating pass@k as 1 − (1 − c/n)^k instead is biased low.
/// </remarks>
public static class PassAtK
{
    /// <summary>pass@k for one task.</summary>
    /// <param name="n">Attempts made on the task (epochs), at least 1.</param>
    /// <param name="c">Correct attempts, 0 to n.</param>
    /// <param name="k">Attempts allowed, 1 to n.</param>
    /// <exception cref="ArgumentOutOfRangeException">Counts that cannot be, or k outside 1..n: a caller's bug.</exception>
    public static double Estimate(int n, int c, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        SuccessRate.CheckCounts(c, n);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        if (n - c < k)
        {
            return 1;
        }

        var allWrong = 1.0;
        for (var i = n - c + 1; i <= n; i++)
        {
            allWrong *= 1 - ((double)k / i);
        }

        return 1 - allWrong;
    }

    /// <summary>The mean of pass@k over tasks, each given as (attempts, correct).</summary>
    /// <param name="tasks">Per task: attempts n (at least k) and correct attempts c.</param>
    /// <param name="k">Attempts allowed.</param>
    /// <returns>The mean, or NaN when there are no tasks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A task with fewer than k attempts, or impossible counts: a caller's bug.</exception>
    public static double Mean(IEnumerable<(int Attempts, int Correct)> tasks, int k)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        double sum = 0;
        var count = 0;
        foreach (var (attempts, correct) in tasks)
        {
            sum += Estimate(attempts, correct, k);
            count++;
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>
    /// The mean pass@k over the tasks with at least <paramref name="k"/> attempts, with an interval: Wilson's score
    /// interval for the mean of T per-task values in [0, 1] at T trials. A variable bounded in [0, 1] with mean p has a
    /// variance of at most p(1 − p), so this interval is never narrower than the data support (and never collapses to a
    /// point when every task is solved, as a bootstrap would); tasks, not attempts, are the unit, since a task's attempts
    /// are correlated. Tasks with fewer attempts are left out and counted, never padded.
    /// </summary>
    /// <param name="tasks">Attempts and correct attempts per task.</param>
    /// <param name="k">Attempts allowed, at least 1.</param>
    /// <param name="confidence">The interval's confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Counts that cannot be, k below 1, or a confidence out of range: a caller's bug.</exception>
    public static PassAtKEstimate WithInterval(IEnumerable<(int Attempts, int Correct)> tasks, int k, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        SuccessRate.CheckConfidence(confidence);
        var all = tasks.ToList();
        var values = all.Where(t => t.Attempts >= k).Select(t => Estimate(t.Attempts, t.Correct, k)).ToList();
        var leftOut = all.Count - values.Count;
        return values.Count == 0
            ? new PassAtKEstimate(k, 0, double.NaN, new RateInterval(0, 1, confidence), leftOut)
            : new PassAtKEstimate(k, values.Count, values.Average(), SuccessRate.Wilson(values.Sum(), values.Count, confidence), leftOut);
    }
}
