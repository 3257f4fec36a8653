using System.Text.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>One scorer's score of one sample.</summary>
/// <param name="Value">The value as recorded: a letter (<c>C</c>, <c>I</c>, <c>P</c>, <c>N</c>), a boolean, a number, a string, or a list or map of them.</param>
/// <param name="Answer">The answer the scorer extracted, or null.</param>
/// <param name="Explanation">The scorer's explanation, or null.</param>
public sealed record InspectScore(JsonElement Value, string? Answer, string? Explanation)
{
    /// <summary>Whether the value counts as a success: see <see cref="InspectScoreOutcome.Of"/>.</summary>
    public ScoreOutcome Outcome => InspectScoreOutcome.Of(Value);
}
