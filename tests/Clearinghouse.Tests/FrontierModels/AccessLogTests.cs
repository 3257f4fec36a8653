using System.Net;
using Clearinghouse.Access;
using Clearinghouse.Contracts.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.FrontierModels;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Clearinghouse.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>Access events are marked (at least as their model), and the access log lists only those the caller may read, under the banner of the highest shown.</summary>
public sealed class AccessLogTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task An_access_marked_above_the_model_is_shown_only_to_members_cleared_for_it_and_raises_the_banner(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (agency, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, ["SI"], FrontierDuty.Evaluator);
        var (_, noCompartment) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.TopSecret, [], FrontierDuty.Reviewer, agency);
        var (_, cuiOnly) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.ControlledUnclassified, [], FrontierDuty.Reviewer, agency);
        var (lab, window, credential) = await WindowAsync(host, evaluator);
        using var labClient = host.Client(lab.AdminToken.Secret);

        var plain = await ReportAsync(evaluator, window.Id, credential, "completions", null);
        var secret = await ReportAsync(evaluator, window.Id, credential, "exploit chain against the OT range",
            new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"], Dissemination = ["NOFORN"] });

        Assert.Equal("CUI//PROPIN", plain.Marking.Banner);
        Assert.Equal("SECRET//SI//NOFORN", secret.Marking.Banner);
        Assert.Equal(["PROPIN"], secret.Marking.CuiCategories);

        var full = await LogAsync(evaluator, window.Id);
        Assert.Equal([plain.Id, secret.Id], full.Entries.Select(e => e.Id));
        Assert.Equal("SECRET//SI//NOFORN", full.Banner);

        foreach (var reader in new[] { noCompartment, cuiOnly, labClient })
        {
            var log = await LogAsync(reader, window.Id);
            Assert.Equal([plain.Id], log.Entries.Select(e => e.Id));
            Assert.Equal("CUI//PROPIN", log.Banner);
            Assert.DoesNotContain("OT range", await (await reader.GetAsync($"/api/frontier/windows/{window.Id}/accesses")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Nor does the developer's audit list name the access it may not read: only the releasable one is about its organization.
        var audit = await (await labClient.GetAsync($"/api/audit?organizationId={lab.Organization.Id}&limit=1000")).ReadAsync<List<AuditEntryView>>();
        Assert.Single(audit, e => e.SubjectId == window.Id.ToString() && e.Action is "frontier.model-accessed" or "frontier.insider-risk-alert");
    }

    [Theory, BothProviders]
    public async Task The_developer_reads_accesses_to_its_model_while_their_marking_is_releasable_and_never_below_the_model(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, [], FrontierDuty.Evaluator);
        var (lab, window, credential) = await WindowAsync(host, evaluator);
        using var labClient = host.Client(lab.AdminToken.Secret);
        var (other, _) = await GetModelCapabilityTests.ModelAsync(host, "1", null);
        using var otherLab = host.Client(other.AdminToken.Secret);

        // Marked "lower" than the model: the event keeps the model's CUI//PROPIN. ORCON keeps it from the developer.
        var unclassified = await ReportAsync(evaluator, window.Id, credential, "weights checksum", new MarkingSpec { Level = ClassificationLevel.Unclassified });
        var orcon = await ReportAsync(evaluator, window.Id, credential, "red-team transcript", new MarkingSpec { Level = ClassificationLevel.ControlledUnclassified, Dissemination = ["ORCON"] });
        await (await evaluator.PostJsonAsync($"/api/frontier/windows/{window.Id}/accesses", new AccessReport
        {
            Credential = credential, What = "bad marking", Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified, Compartments = ["SI"] },
        })).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);

        Assert.Equal("CUI//PROPIN", unclassified.Marking.Banner);
        Assert.Equal("CUI//PROPIN//ORCON", orcon.Marking.Banner);
        var developer = await LogAsync(labClient, window.Id);
        Assert.Equal([unclassified.Id], developer.Entries.Select(e => e.Id));
        Assert.Equal("CUI//PROPIN", developer.Banner);
        Assert.Equal("CUI//PROPIN//ORCON", (await LogAsync(evaluator, window.Id)).Banner);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLab.GetAsync($"/api/frontier/windows/{window.Id}/accesses")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task The_model_list_and_the_access_log_are_filtered_through_the_marking_index_not_a_scan(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, evaluator) = await FrontierRulesTests.ClearedAsync(host, ClassificationLevel.Secret, [], FrontierDuty.Evaluator);
        var (lab, window, credential) = await WindowAsync(host, evaluator);
        await ReportAsync(evaluator, window.Id, credential, "completions", null);
        var caller = new Principal(MemberId.From(lab.Admin.Id), OrganizationId.From(lab.Organization.Id), OrganizationKind.AiDeveloper, MemberRole.Admin, TokenId.From(lab.AdminToken.Token.Id));

        var plans = new QueryPlans(provider);
        await using (var db = new ClearinghouseDb(ClearinghouseDb.Configure(new DbContextOptionsBuilder<ClearinghouseDb>().AddInterceptors(plans), host.Database), host.Database, host.Clock))
        {
            var models = (await ListModels.Handle(caller, db, CancellationToken.None)).Value!;
            Assert.NotEmpty(models.Models);
            var log = await GetAccessLog.Handle(window.Id, caller, db, CancellationToken.None);
            Assert.Single(Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Ok<AccessLogView>>(log.Result).Value!.Entries);
        }

        // The list itself: both terms of the marking predicate are index searches, the table is never scanned.
        var list = Assert.Single(plans.Reading("frontier_models"), q => q.Sql.Contains("@everyone", StringComparison.Ordinal));
        AssertSearched(provider, list, "frontier_models", "ix_frontier_models_marking_organization_id");

        // The distinct markings the predicate is built from are read from that index alone.
        var markings = Assert.Single(plans.Reading("frontier_models"), q => q.Sql.Contains("DISTINCT", StringComparison.Ordinal));
        Assert.Contains(markings.Plan, line => line.Contains("ix_frontier_models_marking_organization_id", StringComparison.Ordinal)
            && (line.Contains("COVERING INDEX", StringComparison.Ordinal) || line.Contains("Index Only Scan", StringComparison.Ordinal)));

        // The access log: the window's events are found through an index, and the marking filter applies to those only.
        var events = Assert.Single(plans.Reading("access_events"), q => q.Sql.Contains("@everyone", StringComparison.Ordinal));
        AssertSearched(provider, events, "access_events", "ix_access_events_");
    }

    private static void AssertSearched(DatabaseProvider provider, (string Sql, IReadOnlyList<string> Plan) query, string table, string index)
    {
        var (sql, plan) = query;
        var text = string.Join(Environment.NewLine, plan);
        Assert.True(text.Contains(index, StringComparison.Ordinal), $"{sql}{Environment.NewLine}{text}");
        if (provider == DatabaseProvider.Postgres)
        {
            Assert.DoesNotContain($"Seq Scan on {table}", text, StringComparison.Ordinal);
        }
        else
        {
            var alias = QueryPlans.Alias(sql, table);
            Assert.Contains(plan, line => line.StartsWith($"SEARCH {alias} USING INDEX {index}", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, line => line.StartsWith($"SCAN {alias}", StringComparison.Ordinal) && (line.Length == 5 + alias.Length || line[5 + alias.Length] == ' '));
        }
    }

    private static async Task<(EnrolmentView Lab, AccessWindowView Window, string Credential)> WindowAsync(ClearinghouseHost host, HttpClient evaluator)
    {
        var (lab, model) = await GetModelCapabilityTests.ModelAsync(host, "1", null);
        using var labClient = host.Client(lab.AdminToken.Secret);
        await FrontierRulesTests.CoverAsync(host, model.Id);
        var now = host.Clock.Now();
        var window = await (await labClient.PostJsonAsync($"/api/frontier/models/{model.Id}/windows", new OpenAccessWindowRequest { StartsAt = now, EndsAt = now.AddDays(10) }))
            .ReadAsync<AccessWindowView>(HttpStatusCode.Created);
        var terms = (await (await evaluator.GetAsync("/api/frontier/terms")).ReadAsync<List<TermsView>>()).Where(t => t.Audience == TermsAudience.Government).ToList();
        using var staff = host.Client(host.StaffToken);
        foreach (var kind in Enum.GetValues<TermsKind>().Where(k => !terms.Any(t => t.Kind == k)))
        {
            terms.Add(await (await staff.PostJsonAsync("/api/frontier/terms", new PublishTermsRequest { Kind = kind, Audience = TermsAudience.Government, Text = $"{kind} terms." }))
                .ReadAsync<TermsView>(HttpStatusCode.Created));
        }

        foreach (var current in terms)
        {
            await (await evaluator.PostAsync($"/api/frontier/terms/{current.Id}/acceptances", null)).ReadAsync<TermsAcceptanceView>();
        }

        var credential = await (await evaluator.PostAsync($"/api/frontier/windows/{window.Id}/credentials", null)).ReadAsync<AccessCredentialView>(HttpStatusCode.Created);
        return (lab, window, credential.Secret);
    }

    private static async Task<AccessLogEntryView> ReportAsync(HttpClient client, Guid window, string credential, string what, MarkingSpec? marking) =>
        await (await client.PostJsonAsync($"/api/frontier/windows/{window}/accesses", new AccessReport { Credential = credential, What = what, Marking = marking }))
            .ReadAsync<AccessLogEntryView>(HttpStatusCode.Created);

    private static async Task<AccessLogView> LogAsync(HttpClient client, Guid window) =>
        await (await client.GetAsync($"/api/frontier/windows/{window}/accesses")).ReadAsync<AccessLogView>();
}
