using System.Text.Json;
using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Standards.Tests.Inspect;

public sealed class InspectScoreOutcomeTests
{
    [Theory]
    [InlineData("\"C\"", ScoreOutcome.Success)]
    [InlineData("\"c\"", ScoreOutcome.Success)]
    [InlineData("true", ScoreOutcome.Success)]
    [InlineData("\"yes\"", ScoreOutcome.Success)]
    [InlineData("1", ScoreOutcome.Success)]
    [InlineData("1.0", ScoreOutcome.Success)]
    [InlineData("\"I\"", ScoreOutcome.Failure)]
    [InlineData("\"N\"", ScoreOutcome.Failure)]
    [InlineData("\"P\"", ScoreOutcome.Failure)]
    [InlineData("false", ScoreOutcome.Failure)]
    [InlineData("0", ScoreOutcome.Failure)]
    [InlineData("0.65", ScoreOutcome.Failure)]
    [InlineData("1.5", ScoreOutcome.Unscorable)]
    [InlineData("-1", ScoreOutcome.Unscorable)]
    [InlineData("\"NaN\"", ScoreOutcome.Unscorable)]
    [InlineData("\"maybe\"", ScoreOutcome.Unscorable)]
    [InlineData("{\"a\": 1}", ScoreOutcome.Unscorable)]
    [InlineData("[1]", ScoreOutcome.Unscorable)]
    [InlineData("null", ScoreOutcome.Unscorable)]
    public void A_score_value_is_a_success_only_when_fully_correct(string json, ScoreOutcome expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, InspectScoreOutcome.Of(document.RootElement));
    }
}
