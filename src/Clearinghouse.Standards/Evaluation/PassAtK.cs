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
}
