namespace Clearinghouse.Standards.Inspect;

/// <summary>A scorer's aggregate results as Inspect recorded them in the log's <c>results.scores</c>.</summary>
/// <param name="Name">The score's name (what samples' <c>scores</c> are keyed by).</param>
/// <param name="Scorer">The scorer that produced it.</param>
/// <param name="Reducer">The epoch reducer, e.g. <c>mean</c>, or null.</param>
/// <param name="Metrics">Each metric by name (<c>accuracy</c>, <c>stderr</c>, ...); non-finite values are kept (NaN).</param>
public sealed record InspectScorerResult(string Name, string Scorer, string? Reducer, IReadOnlyDictionary<string, double> Metrics);
