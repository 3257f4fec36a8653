using System.Net;
using System.Net.Http.Json;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.FrontierModels;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>Need-to-know on the wire, refusals that write nothing, and insider-risk alerts, through the real host.</summary>
public sealed class FrontierRulesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task Hidden_task_content_and_its_banner_are_shown_only_to_cleared_evaluators(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (agency, evaluator) = await ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var (_, analyst) = await ClearedAsync(host, ClassificationLevel.TopSecret, [], FrontierDuty.Reviewer, agency);
        var lab = await host.EnrolAsync("Catalogue Lab", OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        var key = "rules/" + host.Clock.NewId().ToString("N");
        var task = new BenchmarkTaskSpec
        {
            Key = key,
            Name = "OT pivot",
            Category = TaskCategory.NetworkIntrusion,
            FirstSolveMinutes = 500,
            ScoringRule = "flag match",
            Hidden = new HiddenTaskContent { Flag = "flag{only-cleared}" },
            Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
            HiddenMarking = new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"], Dissemination = ["NOFORN"] },
        };

        await (await evaluator.PostJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch { Tasks = [task] })).ReadAsync<CatalogueView>();

        var seenByEvaluator = Assert.Single((await (await evaluator.GetAsync("/api/frontier/catalogue")).ReadAsync<CatalogueView>()).Tasks, t => t.Key == key);
        var reviewerView = await (await analyst.GetAsync("/api/frontier/catalogue")).ReadAsync<CatalogueView>();
        var labView = await (await labClient.GetAsync("/api/frontier/catalogue")).ReadAsync<CatalogueView>();
        Assert.Equal("flag{only-cleared}", seenByEvaluator.Hidden!.Flag);
        Assert.Equal("SECRET//SI//NOFORN", seenByEvaluator.Marking.Banner);
        Assert.Equal(TaskDifficulty.BeyondExpert, seenByEvaluator.Difficulty);
        Assert.Null(Assert.Single(reviewerView.Tasks, t => t.Key == key).Hidden);
        Assert.True(Assert.Single(labView.Tasks, t => t.Key == key).HasHiddenContent);
        Assert.Null(Assert.Single(labView.Tasks, t => t.Key == key).Hidden);
        Assert.DoesNotContain("only-cleared", await (await labClient.GetAsync("/api/frontier/catalogue")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("UNCLASSIFIED", labView.Banner);
    }

    [Theory, BothProviders]
    public async Task Clearances_are_assigned_only_by_staff_administrators_and_only_to_government_members(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Uncleared Lab", OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);
        var request = JsonContent.Create(new ClearanceRequest { Level = ClassificationLevel.Secret }, options: ContractJson.Options);

        await (await labClient.PutAsync($"/api/clearances/{lab.Admin.Id}", request)).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await staff.PutAsync($"/api/clearances/{lab.Admin.Id}", request)).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        await (await staff.PutAsync($"/api/clearances/{host.Staff.Admin.Id}", JsonContent.Create(new ClearanceRequest
        {
            Level = ClassificationLevel.ControlledUnclassified,
            Compartments = ["SI"],
        }, options: ContractJson.Options))).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);

        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task Accesses_outside_the_window_without_current_terms_or_in_unusual_volume_raise_insider_risk_alerts_the_developer_sees(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await ClearedAsync(host, ClassificationLevel.Secret, [], FrontierDuty.Evaluator);
        var lab = await host.EnrolAsync("Watched Lab", OrganizationKind.AiDeveloper);
        using var labClient = host.Client(lab.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);
        var now = host.Clock.Now();
        var model = await (await labClient.PostJsonAsync("/api/frontier/models", new RegisterModelRequest
        {
            Name = "Watched",
            Version = "1",
            Modality = "text",
            PlannedPartnerRelease = now.AddDays(20),
        })).ReadAsync<ModelView>(HttpStatusCode.Created);

        // Not covered yet: no window; and never one past the partner release, whatever the determination.
        var before = await RowCounts.OfAsync(host);
        await (await labClient.PostJsonAsync($"/api/frontier/models/{model.Id}/windows", new OpenAccessWindowRequest { StartsAt = now, EndsAt = now.AddDays(10) }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        await CoverAsync(host, model.Id);
        await (await labClient.PostJsonAsync($"/api/frontier/models/{model.Id}/windows", new OpenAccessWindowRequest { StartsAt = now, EndsAt = now.AddDays(21) }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.AccessWindowAfterPartnerRelease);
        await (await evaluator.PostJsonAsync($"/api/frontier/models/{model.Id}/windows", new OpenAccessWindowRequest { StartsAt = now, EndsAt = now.AddDays(10) }))
            .ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(before.AuditEntries + 1, (await RowCounts.OfAsync(host)).AuditEntries);

        var window = await (await labClient.PostJsonAsync($"/api/frontier/models/{model.Id}/windows", new OpenAccessWindowRequest { StartsAt = now, EndsAt = now.AddDays(10) }))
            .ReadAsync<AccessWindowView>(HttpStatusCode.Created);
        foreach (var kind in Enum.GetValues<TermsKind>())
        {
            var terms = await (await staff.PostJsonAsync("/api/frontier/terms", new PublishTermsRequest { Kind = kind, Audience = TermsAudience.Government, Text = $"{kind} terms, first version." }))
                .ReadAsync<TermsView>(HttpStatusCode.Created);
            await (await evaluator.PostAsync($"/api/frontier/terms/{terms.Id}/acceptances", null)).ReadAsync<TermsAcceptanceView>();
        }

        var credential = await (await evaluator.PostAsync($"/api/frontier/windows/{window.Id}/credentials", null)).ReadAsync<AccessCredentialView>(HttpStatusCode.Created);
        for (var i = 0; i < ReportAccess.UnusualAccessesPerHour; i++)
        {
            Assert.Empty((await Report(evaluator, window.Id, credential.Secret)).Alerts);
        }

        Assert.Equal([AccessEvent.UnusualVolume], (await Report(evaluator, window.Id, credential.Secret)).Alerts);
        await (await staff.PostJsonAsync("/api/frontier/terms", new PublishTermsRequest { Kind = TermsKind.Use, Audience = TermsAudience.Government, Text = "Use terms, second version." }))
            .ReadAsync<TermsView>(HttpStatusCode.Created);
        host.Clock.Advance(TimeSpan.FromDays(11));
        var late = await Report(evaluator, window.Id, credential.Secret);

        Assert.Equal([AccessEvent.OutsideWindow, AccessEvent.TermsNotAccepted], late.Alerts);
        var log = await (await labClient.GetAsync($"/api/frontier/windows/{window.Id}/accesses")).ReadAsync<AccessLogView>();
        Assert.Equal(ReportAccess.UnusualAccessesPerHour + 2, log.Entries.Count);
        Assert.All(log.Entries, e => Assert.False(string.IsNullOrEmpty(e.From)));
    }

    private static async Task<AccessLogEntryView> Report(HttpClient client, Guid window, string credential) =>
        await (await client.PostJsonAsync($"/api/frontier/windows/{window}/accesses", new AccessReport { Credential = credential, What = "completions" }))
            .ReadAsync<AccessLogEntryView>(HttpStatusCode.Created);

    /// <summary>A covered determination written directly, as the decision use case would leave it: these tests are about what follows.</summary>
    internal static async Task CoverAsync(ClearinghouseHost host, Guid modelId)
    {
        await using var db = host.OpenDatabase();
        var model = await db.Set<FrontierModel>().FirstAsync(m => m.Id == modelId);
        var staffOrganization = await db.Organizations.Where(o => o.Kind == OrganizationKind.ClearinghouseStaff).Select(o => o.Id).FirstAsync();
        var determination = new Determination
        {
            Id = host.Clock.NewId(),
            ModelId = model.Id,
            DeveloperId = model.OrganizationId,
            OrganizationId = staffOrganization,
            Origin = Determination.DeveloperRequest,
            State = DeterminationState.Decided,
            Covered = true,
            DecidedAt = host.Clock.Now(),
            Marking = Clearinghouse.Access.Marking.Proprietary.Encode(),
            OpenedBy = model.RegisteredBy,
            OpenedAt = host.Clock.Now(),
        };
        db.Add(determination);
        db.Record(null, "test.determination-covered", "determination", determination.Id.ToString(), model.OrganizationId, null, new { determination.Id });
        await db.SaveChangesAsync();
    }

    internal static async Task<(EnrolmentView Agency, HttpClient Client)> ClearedAsync(
        ClearinghouseHost host, ClassificationLevel level, string[] compartments, FrontierDuty duty, EnrolmentView? agency = null)
    {
        agency ??= await host.EnrolAsync("Cleared Agency", OrganizationKind.FederalAgency);
        var (member, token) = await host.AddMemberAsync(agency.Organization.Id, MemberRole.Analyst, agency.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);
        await (await staff.PutAsync($"/api/clearances/{member.Id}", JsonContent.Create(new ClearanceRequest { Level = level, Compartments = compartments, Duties = [duty] }, options: ContractJson.Options)))
            .ReadAsync<ClearanceView>();
        return (agency, host.Client(token));
    }
}
