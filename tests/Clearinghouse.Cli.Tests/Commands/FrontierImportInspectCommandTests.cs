using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>frontier import-inspect</c> and <c>import-cybench</c> against a real host, with a real Inspect log from ../shared/data/inspect.</summary>
public sealed class FrontierImportInspectCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    private static string Log(string name) =>
        Directory.EnumerateFiles(TestData.Path("inspect"), name, SearchOption.AllDirectories).Single();

    [Fact]
    public async Task A_real_eval_log_is_recorded_as_a_run_and_printed_as_json()
    {
        var (evaluatorToken, modelId) = await SetUpAsync();
        var path = Log("log_read_sample.eval");
        var prefix = staff.Unique("cli") + "/";
        using (var reader = InspectLogReader.Open(path))
        {
            var ids = reader.ReadSamples().Select(s => s.Id).Distinct().ToList();
            using var evaluator = staff.Host.Client(evaluatorToken);
            var tasks = ids.Select(id => new BenchmarkTaskSpec
            {
                Key = prefix + id,
                Name = "sample " + id,
                Category = TaskCategory.Web,
                FirstSolveMinutes = 5,
                ScoringRule = "the log's first scorer",
                Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
            }).ToList();
            (await evaluator.PostAsJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = tasks }, ContractJson.Options)).EnsureSuccessStatusCode();
        }

        var json = (await staff.As(evaluatorToken).RunAsync(
                "frontier", "import-inspect", path, "--model", modelId.ToString(), "--safeguards", "off", "--level", "S", "--compartment", "SI", "--task-prefix", prefix, "--json"))
            .Expect(ExitCodes.Ok)
            .Json();

        Assert.Equal("inspect", json.GetProperty("source").GetString());
        Assert.Equal(modelId, json.GetProperty("modelId").GetGuid());
        Assert.False(json.GetProperty("conditions").GetProperty("safeguardsEnabled").GetBoolean());
        Assert.Equal("SECRET//SI", json.GetProperty("marking").GetProperty("banner").GetString());
        Assert.All(json.GetProperty("tasks").EnumerateArray(), t => Assert.StartsWith(prefix, t.GetProperty("taskKey").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_log_is_exit_2_before_anything_is_sent()
    {
        var (evaluatorToken, modelId) = await SetUpAsync();
        var broken = Path.Combine(Path.GetTempPath(), staff.Unique("broken") + ".eval");
        await File.WriteAllTextAsync(broken, "PK not a zip archive");
        try
        {
            var outcome = (await staff.As(evaluatorToken).RunAsync("frontier", "import-inspect", broken, "--model", modelId.ToString(), "--safeguards", "on"))
                .Expect(ExitCodes.Usage);
            Assert.Contains("not a readable Inspect log", outcome.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task The_real_cybench_metadata_becomes_the_catalogues_public_tier_with_category_difficulty_first_solve_time_and_subtasks()
    {
        var (evaluatorToken, _) = await SetUpAsync();

        var outcome = (await staff.As(evaluatorToken).RunAsync("frontier", "import-cybench", TestData.Path("cybench"), "--json")).Expect(ExitCodes.Ok);

        Assert.Equal("", outcome.Error);
        var tasks = outcome.Json().GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("key").GetString()!.StartsWith("cybench/", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, tasks.Count);

        // Every task of the real metadata is in the catalogue, under the key the importer gives it.
        var real = Standards.Cybench.CybenchBenchmark.Load(TestData.Path("cybench"));
        Assert.Empty(real.Diagnostics);
        Assert.Equal(real.Tasks.Select(t => Cli.Commands.FrontierImportCybenchCommand.Spec(t).Key).Order(StringComparer.Ordinal),
            tasks.Select(t => t.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(tasks, t => Assert.Equal("UNCLASSIFIED", t.GetProperty("marking").GetProperty("banner").GetString()));
        Assert.All(tasks, t => Assert.False(t.GetProperty("hasHiddenContent").GetBoolean()));
        var dynastic = Assert.Single(tasks, t => t.GetProperty("key").GetString() == "cybench/dynastic");
        Assert.Equal("cryptography", dynastic.GetProperty("category").GetString());
        Assert.Equal(9, dynastic.GetProperty("firstSolveMinutes").GetDouble());
        Assert.Equal("novice", dynastic.GetProperty("difficulty").GetString());
        Assert.Contains(tasks, t => t.GetProperty("subtasks").GetArrayLength() > 0);
        Assert.Contains(tasks, t => t.GetProperty("difficulty").GetString() == "beyond-expert");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_cybench_checkout_is_exit_2_with_its_problems()
    {
        var outcome = (await staff.AsStaff.RunAsync("frontier", "import-cybench", TestData.Path("inspect"))).Expect(ExitCodes.Usage);

        Assert.Contains("task_list.txt", outcome.Error, StringComparison.Ordinal);
    }

    /// <summary>An evaluator cleared SECRET//SI by staff, and a model registered by a lab.</summary>
    private async Task<(string EvaluatorToken, Guid ModelId)> SetUpAsync()
    {
        var host = staff.Host;
        var agency = await host.EnrolAsync(staff.Unique("Agency"), OrganizationKind.FederalAgency);
        var token = await FrontierWorkflowCommandsTests.ClearedAsync(staff, agency, FrontierDuty.Evaluator, null);
        var lab = await host.EnrolAsync(staff.Unique("Lab"), OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        var response = await labClient.PostAsJsonAsync("/api/frontier/models", new RegisterModelRequest { Name = staff.Unique("Model"), Version = "1", Modality = "text" }, ContractJson.Options);
        response.EnsureSuccessStatusCode();
        var model = (await response.Content.ReadFromJsonAsync<ModelView>(ContractJson.Options))!;
        return (token, model.Id);
    }
}
