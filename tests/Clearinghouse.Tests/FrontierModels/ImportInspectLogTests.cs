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
    public async Task Every_real_inspect_log_imports_as_a_run_with_one_task_per_sample_id(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var model = await RegisteredModelAsync(host);
        var logs = RealLogs().ToList();
        Assert.Equal(12, logs.Count);
        foreach (var path in logs)
        {
            // The catalogue gets one task per sample id the log holds, under a prefix of its own.
            var prefix = host.Clock.NewId().ToString("N")[..12] + "/";
            HashSet<string> ids;
            long scored;
            using (var reader = InspectLogReader.Open(path))
            {
                var samples = reader.ReadSamples().ToList();
                Assert.Empty(reader.Diagnostics);
                var scorer = reader.Log!.Scorers.Count > 0 ? reader.Log.Scorers[0].Name : samples.SelectMany(s => s.Scores.Keys).FirstOrDefault();
                ids = samples.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                scored = samples.Count(s => scorer is not null && s.Scores.TryGetValue(scorer, out var v) && v.Outcome != ScoreOutcome.Unscorable);
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
            if (scored == 0)
            {
                // A log whose scores are none pass/fail (or that has no scores) records no run; it says why.
                await response.ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
                continue;
            }

            var run = await response.ReadAsync<EvaluationRunView>(HttpStatusCode.Created);
            Assert.Equal("inspect", run.Source);
            Assert.Equal("SECRET//SI", run.Marking.Banner);
            Assert.Contains('/', run.Conditions.Model);
            Assert.True(run.Conditions.SafeguardsEnabled);
            Assert.NotEmpty(run.Tasks);
            Assert.All(run.Tasks, t => Assert.Contains(t.TaskKey[prefix.Length..], ids));
            Assert.Equal(scored, run.Tasks.Sum(t => t.Attempts));
        }
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
