namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// The result of <see cref="TimeHorizon.Compare"/>: one model's horizon divided by another's on the tasks both were
/// scored on, with its paired bootstrap interval. Only an interval that excludes 1 says the horizons differ.
/// </summary>
/// <param name="Ratio">This model's horizon over the other's; null when undefined (nothing in common, or both unbounded
/// or both 0). <see cref="double.PositiveInfinity"/> when only this model's horizon is unbounded.</param>
/// <param name="Low">The lower end of the percentile bootstrap interval, or null without replicates.</param>
/// <param name="High">The upper end; may be <see cref="double.PositiveInfinity"/>.</param>
/// <param name="CommonTasks">The tasks both were scored on: the only ones compared.</param>
/// <param name="UndefinedReplicates">Replicates whose ratio was undefined, left out of the interval.</param>
/// <param name="Notes">Tasks left out and degenerate fits.</param>
public sealed record TimeHorizonRatio(double? Ratio, double? Low, double? High, int CommonTasks, int UndefinedReplicates, IReadOnlyList<string> Notes)
{
    /// <summary>Whether the interval lies wholly above or below 1: only then do the horizons differ on this evidence.</summary>
    public bool ExcludesOne => Low > 1 || High < 1;
}
