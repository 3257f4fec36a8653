namespace Clearinghouse.Standards.Evaluation;

/// <summary>The mean pass@k over tasks with a bootstrap interval (see <see cref="PassAtK.WithInterval"/>).</summary>
/// <param name="K">Attempts allowed.</param>
/// <param name="Tasks">Tasks with at least k attempts, the only ones counted.</param>
/// <param name="Estimate">The mean of the tasks' unbiased pass@k; NaN without a task.</param>
/// <param name="Interval">Wilson's interval over tasks; (0, 1) without a task.</param>
/// <param name="LeftOut">Tasks with fewer than k attempts.</param>
public sealed record PassAtKEstimate(int K, int Tasks, double Estimate, RateInterval Interval, int LeftOut);
