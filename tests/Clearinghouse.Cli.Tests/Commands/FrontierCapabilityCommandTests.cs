using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>frontier capability</c> against a real host: the server's figures as JSON and as a table, and the exit codes.</summary>
public sealed class FrontierCapabilityCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task The_capability_of_two_versions_is_printed_as_json_with_intervals_and_the_banner()
    {
        var (token, older, newer) = await SetUpAsync();

        var json = (await staff.As(token).RunAsync("frontier", "capability", newer.ToString(), "--compare", older.ToString(), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("SECRET//SI", json.GetProperty("banner").GetString());
        var group = Assert.Single(json.GetProperty("groups").EnumerateArray().ToList());
        Assert.Equal(6, group.GetProperty("scoredSamples").GetInt32());
        var overall = group.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("ci95").GetArrayLength());
        Assert.Equal(3, group.GetProperty("passAtK").GetArrayLength());
        var difference = Assert.Single(json.GetProperty("comparison").GetProperty("differences").EnumerateArray().ToList());
        Assert.Equal(0.5, difference.GetProperty("overall").GetProperty("difference").GetDouble(), 1e-12);
        Assert.Equal(2, difference.GetProperty("overall").GetProperty("ci95").GetArrayLength());
        var ratio = difference.GetProperty("timeHorizonRatio");
        Assert.Equal(2, ratio.GetProperty("ci95").GetArrayLength());
        Assert.False(ratio.GetProperty("excludesOne").GetBoolean());

        var compared = (await staff.As(token).RunAsync("frontier", "capability", newer.ToString(), "--compare", older.ToString())).Expect(ExitCodes.Ok);
        Assert.Contains("time horizon, this over the other:", compared.Output, StringComparison.Ordinal);

        var table = (await staff.As(token).RunAsync("frontier", "capability", newer.ToString())).Expect(ExitCodes.Ok);
        Assert.StartsWith("SECRET//SI", table.Output, StringComparison.Ordinal);
        Assert.Contains("safeguards off", table.Output, StringComparison.Ordinal);
        Assert.Contains("time horizon", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_the_caller_cannot_see_is_exit_1_and_a_malformed_id_is_exit_2()
    {
        var (token, _, _) = await SetUpAsync();

        (await staff.As(token).RunAsync("frontier", "capability", staff.Host.Clock.NewId().ToString())).Expect(ExitCodes.No);
        (await staff.As(token).RunAsync("frontier", "capability", "not-a-model")).Expect(ExitCodes.Usage);
    }

    /// <summary>A SECRET//SI evaluator, two tasks, and one run of each of two versions: v1 solves one task, v2 both.</summary>
    private async Task<(string Token, Guid Older, Guid Newer)> SetUpAsync()
    {
        var host = staff.Host;
        var agency = await host.EnrolAsync(staff.Unique("Agency"), OrganizationKind.FederalAgency);
        var token = await FrontierWorkflowCommandsTests.ClearedAsync(staff, agency, FrontierDuty.Evaluator, null);
        var lab = await host.EnrolAsync(staff.Unique("Lab"), OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        using var evaluator = host.Client(token);
        var tag = staff.Unique("capability");
        var catalogue = await (await evaluator.PostAsJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch
        {
            Tasks = [.. new[] { 5.0, 300 }.Select(minutes => new BenchmarkTaskSpec
            {
                Key = $"{tag}/{minutes}",
                Name = $"{minutes} minutes",
                Category = TaskCategory.Web,
                FirstSolveMinutes = minutes,
                ScoringRule = "flag",
                Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
            })],
        }, ContractJson.Options)).Content.ReadFromJsonAsync<CatalogueView>(ContractJson.Options);
        var ids = new List<Guid>();
        foreach (var (version, solvedUpTo) in new[] { ("1", 10.0), ("2", 1000) })
        {
            var registered = await labClient.PostAsJsonAsync("/api/frontier/models", new RegisterModelRequest { Name = tag, Version = version, Modality = "text" }, ContractJson.Options);
            var model = (await registered.Content.ReadFromJsonAsync<ModelView>(ContractJson.Options))!;
            ids.Add(model.Id);
            var run = new EvaluationRunSubmission
            {
                CatalogueVersion = catalogue!.Version,
                Conditions = new ElicitationConditions { Model = "lab/" + tag + "-v" + version, Epochs = 3, Scaffold = "basic_agent", SafeguardsEnabled = false },
                Samples = [.. new[] { 5.0, 300 }.SelectMany(m => Enumerable.Range(1, 3).Select(e => new SampleResult { TaskKey = $"{tag}/{m}", Epoch = e, Score = m <= solvedUpTo ? 1 : 0 }))],
                Marking = new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"] },
            };
            (await evaluator.PostAsJsonAsync($"/api/frontier/models/{model.Id}/runs", run, ContractJson.Options)).EnsureSuccessStatusCode();
        }

        return (token, ids[0], ids[1]);
    }
}
