using System.Net;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Evaluation;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>A model's capability figures over HTTP: grouped by conditions, with intervals, compared between versions, marked.</summary>
public sealed class GetModelCapabilityTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task Runs_are_grouped_by_conditions_and_every_rate_pass_at_k_and_horizon_has_its_interval(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (agency, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var tag = host.Clock.NewId().ToString("N")[..12];
        var (lab, model) = await ModelAsync(host, "v1", null);
        var catalogue = await (await evaluator.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = Tasks(tag) })).ReadAsync<CatalogueView>();

        // Two runs under the same conditions are pooled; a third with safeguards on is a group of its own.
        var first = await RunAsync(evaluator, model.Id, Run(tag, catalogue.Version, "lab/atlas-v1", safeguards: false, solvedUpTo: 30, unscored: true));
        var second = await RunAsync(evaluator, model.Id, Run(tag, catalogue.Version, "lab/atlas-v1", safeguards: false, solvedUpTo: 60));
        var guarded = await RunAsync(evaluator, model.Id, Run(tag, catalogue.Version, "lab/atlas-v1", safeguards: true, solvedUpTo: 5));

        var view = await (await evaluator.GetAsync($"/api/frontier/models/{model.Id}/capability")).ReadAsync<CapabilityView>();

        Assert.Equal("SECRET//SI", view.Banner);
        Assert.Null(view.Comparison);
        Assert.Equal(2, view.Groups.Count);
        var pooled = Assert.Single(view.Groups, g => !g.Conditions.SafeguardsEnabled);
        Assert.Equal([first.Id, second.Id], pooled.RunIds);
        Assert.Equal([guarded.Id], Assert.Single(view.Groups, g => g.Conditions.SafeguardsEnabled).RunIds);
        Assert.Equal(catalogue.Version, pooled.CatalogueVersion);
        Assert.Equal(first.ScoredSamples + second.ScoredSamples, pooled.ScoredSamples);
        Assert.Equal(1, pooled.UnscoredSamples);

        // Tasks take 2, 20, 90 and 400 minutes, one family each; solvedUpTo minutes decides which a run solves.
        var solved = first.Tasks.Sum(t => t.Solved) + second.Tasks.Sum(t => t.Solved);
        Assert.Equal("all", pooled.Overall.Of);
        Assert.Equal(solved, pooled.Overall.Successes);
        Assert.Equal(pooled.ScoredSamples, pooled.Overall.Trials);
        Assert.Equal(4, pooled.Overall.Families);
        Within(pooled.Overall.Rate!.Value, pooled.Overall.Ci95);
        Assert.True(pooled.Overall.Ci95[1] - pooled.Overall.Ci95[0] > 0.2, "four families cannot give a narrow interval");
        Assert.Equal(["cryptography", "web"], pooled.ByCategory.Select(c => c.Of));
        Assert.Equal(["novice", "intermediate", "expert", "beyond-expert"], pooled.ByDifficulty.Select(d => d.Of));
        Assert.All(pooled.ByDifficulty.Concat(pooled.ByCategory), r => Within(r.Rate!.Value, r.Ci95));

        // Three epochs in each of two runs: up to six attempts per task, so pass@1 to pass@6; pass@1 is the mean of the
        // tasks' rates (1, 1, 0, 0), and the task with an unscored attempt has too few for pass@6.
        Assert.Equal([1, 2, 3, 4, 5, 6], pooled.PassAtK.Select(p => p.K));
        Assert.Equal(0.5, pooled.PassAtK[0].Estimate!.Value, 1e-12);
        Assert.Equal((4, 0), (pooled.PassAtK[0].Tasks, pooled.PassAtK[0].LeftOut));
        Assert.Equal((3, 1), (pooled.PassAtK[^1].Tasks, pooled.PassAtK[^1].LeftOut));
        Assert.All(pooled.PassAtK, p => Within(p.Estimate!.Value, p.Ci95));
        Assert.True(pooled.PassAtK[^1].Estimate >= pooled.PassAtK[0].Estimate);

        // The horizon is between the longest task solved and the shortest failed, with a bootstrap interval around it.
        var horizon = pooled.TimeHorizon;
        Assert.True(horizon.Estimated);
        Assert.Equal(4, horizon.Tasks);
        Assert.InRange(horizon.Minutes!.Value, 20, 90);
        Assert.NotNull(horizon.LowMinutes);
        Assert.True(horizon.LowMinutes <= horizon.Minutes);

        // The same figures as the statistics library computes from the same attempts.
        var expected = ClusteredSuccessRate.Estimate(first.Tasks.Concat(second.Tasks).Select(t => new FamilyCount(t.TaskKey, t.Solved, t.Attempts)));
        Assert.Equal(expected.Interval.Low, pooled.Overall.Ci95[0], 1e-12);
        Assert.Equal(expected.Interval.High, pooled.Overall.Ci95[1], 1e-12);

        // The developer sees its model but no run: no figure, and nothing classified on the page.
        using var labClient = host.Client(lab.AdminToken.Secret);
        var developers = await (await labClient.GetAsync($"/api/frontier/models/{model.Id}/capability")).ReadAsync<CapabilityView>();
        Assert.Empty(developers.Groups);
        Assert.Equal("CUI//PROPIN", developers.Banner);

        // A government member cleared below the runs sees none of them either.
        var (_, uncleared) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Confidential, [], FrontierDuty.Evaluator, agency);
        Assert.Empty((await (await uncleared.GetAsync($"/api/frontier/models/{model.Id}/capability")).ReadAsync<CapabilityView>()).Groups);
    }

    [Theory, BothProviders]
    public async Task Two_versions_are_compared_only_under_the_same_conditions_with_an_interval_on_every_difference(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var tag = host.Clock.NewId().ToString("N")[..12];
        var (_, older) = await ModelAsync(host, "v1", null);
        var (_, newer) = await ModelAsync(host, "v2", older.Id.ToString());
        var catalogue = await (await evaluator.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = Tasks(tag) })).ReadAsync<CatalogueView>();
        await RunAsync(evaluator, older.Id, Run(tag, catalogue.Version, "lab/atlas-v1", safeguards: false, solvedUpTo: 5));
        await RunAsync(evaluator, newer.Id, Run(tag, catalogue.Version, "lab/atlas-v2", safeguards: false, solvedUpTo: 30));
        await RunAsync(evaluator, newer.Id, Run(tag, catalogue.Version, "lab/atlas-v2", safeguards: true, solvedUpTo: 100));

        var view = await (await evaluator.GetAsync($"/api/frontier/models/{newer.Id}/capability?compare={older.Id}")).ReadAsync<CapabilityView>();

        var comparison = view.Comparison!;
        Assert.Equal(older.Id, comparison.OtherModelId);
        Assert.Single(comparison.OtherGroups);
        var difference = Assert.Single(comparison.Differences);
        Assert.False(difference.Conditions.SafeguardsEnabled);
        Assert.Equal(4, difference.CommonTasks);

        // v2 solves the 2- and 20-minute tasks, v1 only the 2-minute one: +0.25 overall, with Newcombe's interval around it.
        Assert.Equal(0.25, difference.Overall.Difference, 1e-12);
        Within(difference.Overall.Difference, difference.Overall.Ci95);
        Assert.False(difference.Overall.ExcludesZero);
        Assert.Equal(["novice", "intermediate", "expert", "beyond-expert"], difference.ByDifficulty.Select(d => d.Of));
        var intermediate = difference.ByDifficulty[1];
        Assert.Equal(1, intermediate.Difference, 1e-12);
        Assert.All(difference.ByCategory.Concat(difference.ByDifficulty), d => Within(d.Difference, d.Ci95));
        Assert.Equal(2, difference.TimeHorizon.Count);
        // v2's horizon over v1's on the same four tasks is the ratio of the two horizons shown; four tasks are too few for
        // a bootstrap interval, so none is given and no difference is claimed.
        var ratio = difference.TimeHorizonRatio;
        Assert.Equal(difference.TimeHorizon[0].Minutes!.Value / difference.TimeHorizon[1].Minutes!.Value, ratio.Ratio!.Value, 1e-9);
        Assert.True(ratio.Ratio > 1, $"{ratio.Ratio}");
        Assert.Equal([null, null], ratio.Ci95);
        Assert.False(ratio.ExcludesOne);
        Assert.Contains(ratio.Notes, n => n.Contains("4 task(s) in common are fewer than the 10", StringComparison.Ordinal));

        // The safeguards-on runs of v2 have no v1 counterpart: said, not pooled into the comparison.
        Assert.Contains(comparison.Notes, n => n.Contains("no counterpart", StringComparison.Ordinal));

        var unknown = await evaluator.GetAsync($"/api/frontier/models/{newer.Id}/capability?compare={host.Clock.NewId()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>An estimate inside its interval, up to rounding at the ends (a Wilson bound at 0 or 1 is computed, not set).</summary>
    private static void Within(double estimate, IReadOnlyList<double> ci95)
    {
        Assert.Equal(2, ci95.Count);
        Assert.InRange(estimate, ci95[0] - 1e-12, ci95[1] + 1e-12);
        Assert.True(ci95[0] <= ci95[1]);
    }

    internal static async Task<(EnrolmentView Lab, ModelView Model)> ModelAsync(ClearinghouseHost host, string version, string? lineage)
    {
        var tag = host.Clock.NewId().ToString("N")[..8];
        var lab = await host.EnrolAsync("Capability Lab " + tag, OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        var model = await (await labClient.PostJsonAsync("/api/frontier/models", new RegisterModelRequest { Name = "Atlas " + tag, Version = version, Lineage = lineage, Modality = "text" }))
            .ReadAsync<ModelView>(HttpStatusCode.Created);
        return (lab, model);
    }

    /// <summary>Four tasks of 2, 20, 90 and 400 human minutes (novice to beyond expert), two web and two cryptography.</summary>
    internal static List<BenchmarkTaskSpec> Tasks(string tag) =>
    [
        .. new[] { 2.0, 20, 90, 400 }.Select((minutes, i) => new BenchmarkTaskSpec
        {
            Key = $"{tag}/task-{minutes}",
            Name = $"task of {minutes} minutes",
            Category = i % 2 == 0 ? TaskCategory.Web : TaskCategory.Cryptography,
            Family = $"{tag}/family-{i}",
            FirstSolveMinutes = minutes,
            ScoringRule = "flag",
            Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
        }),
    ];

    /// <summary>Three epochs of every task; a task is solved in every epoch when its first-solve time is at most <paramref name="solvedUpTo"/> minutes.</summary>
    internal static EvaluationRunSubmission Run(string tag, int catalogueVersion, string model, bool safeguards, double solvedUpTo, bool unscored = false) => new()
    {
        CatalogueVersion = catalogueVersion,
        Conditions = new ElicitationConditions { Model = model, Epochs = 3, Scaffold = "basic_agent", SafeguardsEnabled = safeguards },
        Samples =
        [
            .. new[] { 2.0, 20, 90, 400 }.SelectMany(minutes => Enumerable.Range(1, 3).Select(epoch => new SampleResult
            {
                TaskKey = $"{tag}/task-{minutes}",
                Epoch = epoch,
                Score = unscored && minutes == 400 && epoch == 3 ? null : minutes <= solvedUpTo ? 1 : 0,
            })),
        ],
        Marking = new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"] },
    };

    private static async Task<EvaluationRunView> RunAsync(HttpClient evaluator, Guid modelId, EvaluationRunSubmission run) =>
        await (await evaluator.PostJsonAsync($"/api/frontier/models/{modelId}/runs", run)).ReadAsync<EvaluationRunView>(HttpStatusCode.Created);
}
