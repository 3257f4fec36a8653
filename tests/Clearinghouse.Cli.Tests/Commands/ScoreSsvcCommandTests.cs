using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>score ssvc</c> against CERT/CC's real decision tables from the shared data folder.</summary>
public sealed class ScoreSsvcCommandTests
{
    private static readonly string Tables = Path.Combine(
        Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_DATA") is { Length: > 0 } given ? given : Path.Combine(NodePeer.RepositoryRoot(), "..", "shared", "data"),
        "ssvc", "data", "json", "decision_tables");

    [Fact]
    public async Task An_actively_exploited_total_impact_flaw_at_a_small_hospital_is_Act_with_its_path_and_due_dates()
    {
        var outcome = (await CliRun.Plain("score", "ssvc", "--tables", Tables, "--exploitation", "active", "--automatable", "yes",
            "--technical-impact", "total", "--sector", "healthcare", "--size-tier", "small", "--in-kev", "yes", "--publicly-exposed", "yes",
            "--since", "2026-11-21", "--json")).Expect(ExitCodes.Ok);
        var json = outcome.Json();

        Assert.Equal("High", json.GetProperty("missionWellbeing").GetString());
        Assert.Equal("Act", json.GetProperty("coordinator").GetProperty("outcome").GetString());
        Assert.Equal(
            ["Exploitation: Active", "Automatable: Yes", "Technical Impact: Total", "Mission and Well-Being Impact: High"],
            json.GetProperty("coordinator").GetProperty("path").EnumerateArray().Select(s => $"{s.GetProperty("decisionPoint").GetString()}: {s.GetProperty("value").GetString()}"));
        Assert.Equal("3 days & forensic investigation", json.GetProperty("bod2604").GetProperty("outcome").GetString());
        var due = json.GetProperty("dueDates").EnumerateArray().ToDictionary(d => d.GetProperty("policy").GetString()!, d => d);
        Assert.Equal("2026-11-28", due["clearinghouse-ssvc 1.0.0"].GetProperty("dueDate").GetString());
        Assert.Equal("2026-11-24", due["cisa-bod-26-04 1.0.0"].GetProperty("dueDate").GetString());
        Assert.True(due["cisa-bod-26-04 1.0.0"].GetProperty("forensicTriage").GetBoolean());
    }

    [Fact]
    public async Task A_public_proof_of_concept_with_partial_impact_is_tracked_and_the_path_is_printed_for_people()
    {
        var outcome = (await CliRun.Plain("score", "ssvc", "--tables", Tables, "--exploitation", "public-poc", "--automatable", "no",
            "--technical-impact", "partial", "--mission-wellbeing", "medium")).Expect(ExitCodes.Ok);

        Assert.Contains("cisa:DT_CO:2.0.3: Track", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Exploitation: Public PoC", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Mission and Well-Being Impact: Medium", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--exploitation", "maybe", "'maybe' is not a value of Exploitation")]
    [InlineData("--mission-wellbeing", "extreme", "--mission-wellbeing must be low, medium or high")]
    [InlineData("--since", "21/11/2026", "--since must be a date")]
    [InlineData("--in-kev", "yes", "BOD 26-04 needs both --in-kev and --publicly-exposed")]
    public async Task Bad_input_exits_2_and_says_what_is_wrong(string option, string value, string message)
    {
        var args = new Dictionary<string, string>
        {
            ["--tables"] = Tables, ["--exploitation"] = "active", ["--automatable"] = "yes", ["--technical-impact"] = "total", ["--mission-wellbeing"] = "high",
        };
        args[option] = value;

        var outcome = (await CliRun.Plain(["score", "ssvc", .. args.SelectMany(a => new[] { a.Key, a.Value })])).Expect(ExitCodes.Usage);

        Assert.Contains(message, outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_tables_it_says_where_to_get_them()
    {
        var outcome = (await CliRun.Plain("score", "ssvc", "--tables", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Environment.ProcessId),
            "--exploitation", "none", "--automatable", "no", "--technical-impact", "partial", "--mission-wellbeing", "low")).Expect(ExitCodes.Usage);

        Assert.Contains("CLEARINGHOUSE_SSVC_TABLES", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tables_folder_can_come_from_the_environment()
    {
        var run = new CliRun(new Dictionary<string, string?> { ["CLEARINGHOUSE_SSVC_TABLES"] = Tables });

        var outcome = (await run.RunAsync("score", "ssvc", "--exploitation", "none", "--automatable", "no", "--technical-impact", "partial",
            "--mission-wellbeing", "low", "--json")).Expect(ExitCodes.Ok);

        Assert.Equal("Track", outcome.Json().GetProperty("coordinator").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, outcome.Json().GetProperty("bod2604").ValueKind);
    }
}
