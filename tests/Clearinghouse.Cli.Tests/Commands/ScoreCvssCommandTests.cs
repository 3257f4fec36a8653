using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed class ScoreCvssCommandTests
{
    [Fact]
    public async Task Each_vector_gets_its_normalized_form_score_and_severity_on_one_tab_separated_line()
    {
        var outcome = (await CliRun.Plain("score", "cvss",
            "CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U",
            "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:L/IR:L/AR:L",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
            "AV:N/AC:L/Au:N/C:P/I:P/A:P")).Expect(ExitCodes.Ok);

        Assert.Equal(
            [
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\t9.8\tCritical",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U\t7.8\tHigh",
                "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:L/IR:L/AR:L\t8.0\tHigh",
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\t9.3\tCritical",
                "AV:N/AC:L/Au:N/C:P/I:P/A:P\t7.5\tHigh",
            ],
            Lines(outcome.Output));
    }

    [Fact]
    public async Task An_invalid_line_gets_an_error_line_in_its_place_the_rest_are_scored_and_the_exit_code_is_1()
    {
        var input = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\nCVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L\n\nCVSS:9.9/AV:N\nCVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N\n";

        var outcome = (await new CliRun().RunWithInputAsync(input, "score", "cvss", "--stdin")).Expect(ExitCodes.No);

        Assert.Equal(
            [
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\t9.8\tCritical",
                "error\tCVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L\tat position 45: duplicate metric AV",
                "error\tCVSS:9.9/AV:N\tat position 0: unsupported CVSS version 'CVSS:9.9' (expected CVSS:4.0, CVSS:3.1, CVSS:3.0 or a v2.0 vector)",
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N\t0.0\tNone",
            ],
            Lines(outcome.Output));
    }

    [Theory]
    [InlineData()]
    [InlineData("--stdin", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    public async Task Vectors_come_from_arguments_or_standard_input_but_not_both_or_neither(params string[] extra)
    {
        var outcome = (await CliRun.Plain(["score", "cvss", .. extra])).Expect(ExitCodes.Usage);

        Assert.Contains("--stdin", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vectors_simple31", "cvss-v3.1.json")]
    [InlineData("vectors_simple3", "cvss-v3.0.json")]
    [InlineData("vectors_cvsslib3", "cvss-v3.0.json")]
    [InlineData("vectors_simple4", "cvss-v4.0.json")]
    [InlineData("vectors_supplemental4", "cvss-v4.0.json")]
    [InlineData("vectors_security4", "cvss-v4.0.json")]
    [InlineData("vectors_threat4", "cvss-v4.0.json")]
    public async Task Json_output_is_valid_against_FIRSTs_CVSS_JSON_schema_and_carries_the_scores(string vectors, string schema)
    {
        var lines = File.ReadLines(DataPath("cvss", "redhat-cvss-test-vectors", vectors)).Where(l => l.Length > 0).Select(l => l.Split(" - ")[0]).ToList();

        var outcome = (await new CliRun().RunWithInputAsync(string.Join('\n', lines), "score", "cvss", "--stdin", "--json")).Expect(ExitCodes.Ok);
        var json = Lines(outcome.Output);
        var verdicts = NodePeer.Run("json-schema-validate.js", string.Join('\n', json) + "\n", null, DataPath("cvss", "redhat-cvss-test-vectors", "schemas", schema));

        Assert.Equal(lines.Count, json.Count);
        var invalid = verdicts.Select((v, i) => (v, i)).Where(x => x.v != "ok").Select(x => $"{json[x.i]}: {x.v[..Math.Min(x.v.Length, 400)]}").ToList();
        Assert.True(invalid.Count == 0, $"{invalid.Count} of {json.Count} invalid:\n{string.Join('\n', invalid.Take(10))}");
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(CvssVector.TryParse(lines[i], out var vector, out _));
            using var document = System.Text.Json.JsonDocument.Parse(json[i]);
            var scoreProperty = document.RootElement.TryGetProperty("environmentalScore", out var env) ? env
                : document.RootElement.TryGetProperty("threatScore", out var threat) && vector.Version == CvssVersion.V40 ? threat
                : document.RootElement.TryGetProperty("temporalScore", out var temporal) ? temporal
                : document.RootElement.GetProperty("baseScore");
            Assert.Equal(vector.Score.ToString(), scoreProperty.GetDecimal().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    private static string DataPath(params string[] parts)
    {
        var root = Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_DATA") is { Length: > 0 } given
            ? given
            : Path.Combine(NodePeer.RepositoryRoot(), "..", "shared", "data");
        return Path.Combine([root, .. parts]);
    }
}
