using System.Text.Json;
using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>frontier summarize</c> against the real Inspect logs in ../shared/data/inspect.</summary>
public sealed class FrontierSummarizeCommandTests
{
    private static string Log(string name) =>
        Directory.EnumerateFiles(TestData.Path("inspect"), name, SearchOption.AllDirectories).Single();

    public static TheoryData<string> RealLogs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.Path("inspect"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".eval", StringComparison.Ordinal) || (f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("openapi.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealLogs))]
    public async Task Every_real_log_is_summarized_in_exactly_the_documented_shape(string name)
    {
        var outcome = (await CliRun.Plain("frontier", "summarize", Log(name), "--json")).Expect(ExitCodes.Ok);

        var json = outcome.Json();
        Assert.Equal(["model", "task", "samples", "epochs", "scorers"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("", outcome.Error);
        foreach (var scorer in json.GetProperty("scorers").EnumerateArray())
        {
            Assert.Equal(["name", "successRate", "ci95", "recorded"], scorer.EnumerateObject().Select(p => p.Name));
            var ci = scorer.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToList();
            Assert.Equal(2, ci.Count);
            Assert.True(0 <= ci[0] && ci[0] <= ci[1] && ci[1] <= 1);
            if (scorer.GetProperty("successRate").ValueKind == JsonValueKind.Number)
            {
                Assert.InRange(scorer.GetProperty("successRate").GetDouble(), ci[0], ci[1]);
            }
        }
    }

    [Fact]
    public async Task Epochs_are_counted_and_the_interval_is_clustered_by_sample()
    {
        var json = (await CliRun.Plain("frontier", "summarize", Log("log_streaming.eval"), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("azureai/Meta-Llama-3-1-405B-Instruct-jqf", json.GetProperty("model").GetString());
        Assert.Equal("popularity", json.GetProperty("task").GetString());
        Assert.Equal(2, json.GetProperty("samples").GetInt32());
        Assert.Equal(2, json.GetProperty("epochs").GetInt32());
        var scorer = json.GetProperty("scorers")[0];
        Assert.Equal("match", scorer.GetProperty("name").GetString());
        Assert.Equal(0.75, scorer.GetProperty("successRate").GetDouble());
        var expected = ClusteredSuccessRate.Estimate([new FamilyCount("1", 1, 2), new FamilyCount("2", 2, 2)]).Interval;
        Assert.Equal(expected.Low, scorer.GetProperty("ci95")[0].GetDouble());
        Assert.Equal(expected.High, scorer.GetProperty("ci95")[1].GetDouble());
        Assert.Equal(0.75, scorer.GetProperty("recorded").GetProperty("accuracy").GetDouble());
        Assert.Equal(0.25, scorer.GetProperty("recorded").GetProperty("stderr").GetDouble());
    }

    [Fact]
    public async Task A_sample_without_a_score_leaves_the_rate_null_and_keeps_the_recorded_mean()
    {
        var json = (await CliRun.Plain("frontier", "summarize", Log("data_cvebench_empty_choices.json"), "--json")).Expect(ExitCodes.Ok).Json();

        var scorer = json.GetProperty("scorers")[0];
        Assert.Equal(JsonValueKind.Null, scorer.GetProperty("successRate").ValueKind);
        Assert.Equal([0.0, 1.0], scorer.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(0.7051282051282052, scorer.GetProperty("recorded").GetProperty("mean").GetDouble());
    }

    [Fact]
    public async Task Without_json_a_person_gets_the_conditions_and_a_table()
    {
        var outcome = (await CliRun.Plain("frontier", "summarize", Log("2025-05-12T20-28-13-04-00_popularity.json"))).Expect(ExitCodes.Ok);

        Assert.Contains("openai/gpt-4o-mini", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("cancelled", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("system_message -> generate", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("2 / 3", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("66.7%", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("accuracy 0.6667", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_input_exits_2_with_the_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-a-log-{Environment.ProcessId}.eval");
        await File.WriteAllTextAsync(file, "PK but not a zip");
        try
        {
            var damaged = (await CliRun.Plain("frontier", "summarize", file, "--json")).Expect(ExitCodes.Usage);
            var missing = (await CliRun.Plain("frontier", "summarize", file + ".missing")).Expect(ExitCodes.Usage);

            Assert.Contains("not a readable Inspect log", damaged.Error, StringComparison.Ordinal);
            Assert.Contains("not a ZIP archive", damaged.Error, StringComparison.Ordinal);
            Assert.Equal("", damaged.Output);
            Assert.Contains("No such file", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
