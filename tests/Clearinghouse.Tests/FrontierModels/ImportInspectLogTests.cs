using System.Net;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Inspect;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>Inspect logs imported over HTTP as evaluation runs of a registered model.</summary>
public sealed class ImportInspectLogTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static string Folder => TestData.Path("inspect");

    private static IEnumerable<string> RealLogs() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".eval", StringComparison.Ordinal) || (f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("inspect-openapi.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    [Theory, BothProviders]
    public async Task Every_real_inspect_log_imports_as_a_run_with_one_task_per_sample_id_and_its_unscored_attempts_flagged(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var model = await RegisteredModelAsync(host);
        var logs = RealLogs().ToList();
        Assert.Equal(12, logs.Count);
        var imported = new List<string>();
        foreach (var path in logs)
        {
            // The catalogue gets one task per sample id the log holds, under a prefix of its own.
            var prefix = host.Clock.NewId().ToString("N")[..12] + "/";
            HashSet<string> ids;
            long scored, total;
            using (var reader = InspectLogReader.Open(path))
            {
                var samples = reader.ReadSamples().ToList();
                Assert.Empty(reader.Diagnostics);
                var scorer = reader.Log!.Scorers.Count > 0 ? reader.Log.Scorers[0].Name : samples.SelectMany(s => s.Scores.Keys).FirstOrDefault();
                ids = samples.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                scored = samples.Count(s => scorer is not null && s.Scores.TryGetValue(scorer, out var v) && v.Outcome != ScoreOutcome.Unscorable);
                total = samples.Count;
            }

            var tasks = ids.Select(id => new BenchmarkTaskSpec
            {
                Key = prefix + id,
                Name = "sample " + id,
                Category = TaskCategory.Web,
                FirstSolveMinutes = 10,
                ScoringRule = "the log's first scorer",
                Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
            }).ToList();
            await (await evaluator.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = tasks })).ReadAsync<CatalogueView>();

            using var body = new StreamContent(File.OpenRead(path));
            var response = await evaluator.PostAsync($"/api/frontier/models/{model.Id}/runs/inspect?safeguards=true&level=S&compartment=SI&taskPrefix={Uri.EscapeDataString(prefix)}", body);

            // Every real log is an evaluation record, scored or not; attempts without a pass/fail score are flagged, not failed.
            var run = await response.ReadAsync<EvaluationRunView>(HttpStatusCode.Created);
            Assert.Equal("inspect", run.Source);
            Assert.Equal("SECRET//SI", run.Marking.Banner);
            Assert.Contains('/', run.Conditions.Model);
            Assert.True(run.Conditions.SafeguardsEnabled);
            Assert.Equal(ids.Order(StringComparer.Ordinal), run.Tasks.Select(t => t.TaskKey[prefix.Length..]));
            Assert.Equal(scored, run.ScoredSamples);
            Assert.Equal(scored, run.Tasks.Sum(t => t.Attempts));
            Assert.Equal(total - scored, run.UnscoredSamples);
            Assert.Equal(total - scored, run.Tasks.Sum(t => t.Unscored));
            Assert.Equal(scored < total, run.Warnings.Count > 0);
            if (scored == 0)
            {
                Assert.Contains(run.Warnings, w => w.StartsWith("No sample has a score", StringComparison.Ordinal));
            }

            imported.Add(Path.GetFileName(path));
        }

        Assert.Equal(logs.Select(Path.GetFileName), imported);
        Assert.Contains("data_cvebench_empty_choices.json", imported);
    }

    [Theory, BothProviders]
    public async Task A_run_without_a_scored_sample_makes_the_policy_say_insufficient_evidence_rather_than_below_alert(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (agency, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var (_, official) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.DesignatingOfficial, agency);
        var model = await RegisteredModelAsync(host);
        var path = RealLogs().Single(p => p.EndsWith("data_cvebench_empty_choices.json", StringComparison.Ordinal));
        var prefix = host.Clock.NewId().ToString("N")[..12] + "/";
        await (await evaluator.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch
        {
            Tasks = [new BenchmarkTaskSpec
            {
                Key = prefix + "CVE-2024-36858-one_day",
                Name = "CVE-Bench one-day",
                Category = TaskCategory.ExploitDevelopment,
                FirstSolveMinutes = 300,
                ScoringRule = "check_exploit",
                Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
            }],
        })).ReadAsync<CatalogueView>();
        using var body = new StreamContent(File.OpenRead(path));
        var run = await (await evaluator.PostAsync($"/api/frontier/models/{model.Id}/runs/inspect?safeguards=false&level=S&compartment=SI&taskPrefix={Uri.EscapeDataString(prefix)}", body))
            .ReadAsync<EvaluationRunView>(HttpStatusCode.Created);
        Assert.Equal(0, run.ScoredSamples);
        Assert.Equal(1, run.UnscoredSamples);
        var fetched = await (await evaluator.GetAsync($"/api/frontier/runs/{run.Id}")).ReadAsync<EvaluationRunView>();
        Assert.Equal(run.Warnings, fetched.Warnings);

        await (await official.PostJsonAsync("/api/frontier/policies", new ThresholdPolicyRequest
        {
            Indicators =
            [
                new IndicatorSpec { Id = "expert-one-category", Kind = IndicatorKind.SuccessRate, Difficulty = TaskDifficulty.Expert, Threshold = 0.3, MinimumCategories = 1 },
                new IndicatorSpec { Id = "five-hour-task", Kind = IndicatorKind.SolvesLongTask, FirstSolveMinutes = 240 },
            ],
            HolisticGuidance = "Unscored attempts are no evidence.",
            ReevaluationTriggers = ["developer request"],
        })).ReadAsync<ThresholdPolicyView>(HttpStatusCode.Created);
        var determination = await (await evaluator.PostJsonAsync("/api/frontier/determinations", new OpenDeterminationRequest { ModelId = model.Id, Reason = "Unscored run" }))
            .ReadAsync<DeterminationReceiptView>(HttpStatusCode.Created);
        var recommendation = await (await evaluator.PostJsonAsync($"/api/frontier/determinations/{determination.Id}/recommendations", new RecommendRequest
        {
            RunIds = [run.Id],
            HolisticJudgment = "None yet.",
        })).ReadAsync<RecommendationView>(HttpStatusCode.Created);

        Assert.Equal(ThresholdOutcome.InsufficientEvidence, recommendation.Outcome);
        Assert.False(recommendation.Covered);
        Assert.All(recommendation.Findings, f => Assert.Equal(ThresholdOutcome.InsufficientEvidence, f.Outcome));
    }

    [Theory, BothProviders]
    public async Task A_log_that_cannot_be_read_is_refused_with_the_readers_diagnostics_and_nothing_is_written(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var model = await RegisteredModelAsync(host);
        int before;
        await using (var db = host.OpenDatabase())
        {
            before = await db.AuditEntries.CountAsync();
        }

        using var body = new ByteArrayContent("PK\u0003\u0004 not really a zip"u8.ToArray());
        var response = await evaluator.PostAsync($"/api/frontier/models/{model.Id}/runs/inspect?safeguards=true&level=S&compartment=SI", body);
        var (problem, text) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("cannot be read", problem.Title, StringComparison.Ordinal);
        Assert.Contains("ZIP", text, StringComparison.Ordinal);

        using var noSafeguards = new ByteArrayContent(File.ReadAllBytes(RealLogs().First()));
        await (await evaluator.PostAsync($"/api/frontier/models/{model.Id}/runs/inspect?level=S", noSafeguards)).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(before, await db.AuditEntries.CountAsync());
        }
    }

    private static async Task<ModelView> RegisteredModelAsync(ClearinghouseHost host)
    {
        var tag = host.Clock.NewId().ToString("N")[..8];
        var lab = await host.EnrolAsync("Inspect Lab " + tag, OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        return await (await labClient.PostJsonAsync("/api/frontier/models", new RegisterModelRequest
        {
            Name = "Imported " + tag,
            Version = "1",
            Modality = "text",
        })).ReadAsync<ModelView>(HttpStatusCode.Created);
    }
}
