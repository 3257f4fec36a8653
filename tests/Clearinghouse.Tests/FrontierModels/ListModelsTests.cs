using System.Net;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>Lists of marked records filtered in the query by the access policy's predicate, on both databases.</summary>
public sealed class ListModelsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task A_developer_lists_only_its_own_models_and_the_government_only_with_a_clearance_that_admits_them(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (labA, mine) = await GetModelCapabilityTests.ModelAsync(host, "1", null);
        var (_, theirs) = await GetModelCapabilityTests.ModelAsync(host, "1", null);
        var (agency, cleared) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.ControlledUnclassified, [], FrontierDuty.Evaluator);
        using var uncleared = host.Client((await host.AddMemberAsync(agency.Organization.Id, MemberRole.Analyst, agency.AdminToken.Secret)).Token);
        using var lab = host.Client(labA.AdminToken.Secret);

        var own = await (await lab.GetAsync("/api/frontier/models")).ReadAsync<ModelListView>();
        var government = await (await cleared.GetAsync("/api/frontier/models")).ReadAsync<ModelListView>();
        var nothing = await (await uncleared.GetAsync("/api/frontier/models")).ReadAsync<ModelListView>();

        Assert.Equal([mine.Id], own.Models.Select(m => m.Id));
        Assert.Equal("CUI//PROPIN", own.Banner);
        Assert.Contains(government.Models, m => m.Id == mine.Id);
        Assert.Contains(government.Models, m => m.Id == theirs.Id);
        Assert.Empty(nothing.Models);
    }

    [Theory, BothProviders]
    public async Task A_task_revised_to_a_marking_the_caller_cannot_read_is_hidden_not_shown_as_its_older_revision(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (agency, secret) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var (_, unclassifiedOnly) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Unclassified, [], FrontierDuty.Evaluator, agency);
        var key = host.Clock.NewId().ToString("N")[..12] + "/revised";
        BenchmarkTaskSpec Task(ClassificationLevel level, string[]? compartments) => new()
        {
            Key = key, Name = "revised", Category = TaskCategory.Forensics, FirstSolveMinutes = 30, ScoringRule = "flag",
            Marking = new MarkingSpec { Level = level, Compartments = compartments },
        };
        var first = await (await secret.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = [Task(ClassificationLevel.Unclassified, null)] })).ReadAsync<CatalogueView>();
        var second = await (await secret.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = [Task(ClassificationLevel.Secret, ["SI"])] })).ReadAsync<CatalogueView>();

        var atFirst = await (await unclassifiedOnly.GetAsync($"/api/frontier/catalogue?version={first.Version}")).ReadAsync<CatalogueView>();
        var atSecond = await (await unclassifiedOnly.GetAsync($"/api/frontier/catalogue?version={second.Version}")).ReadAsync<CatalogueView>();
        var cleared = await (await secret.GetAsync($"/api/frontier/catalogue?version={second.Version}")).ReadAsync<CatalogueView>();

        Assert.Contains(atFirst.Tasks, t => t.Key == key);
        Assert.DoesNotContain(atSecond.Tasks, t => t.Key == key);
        Assert.Equal(second.Version, Assert.Single(cleared.Tasks, t => t.Key == key).Revision);
        Assert.Equal(HttpStatusCode.OK, (await unclassifiedOnly.GetAsync("/api/frontier/catalogue")).StatusCode);
    }
}
