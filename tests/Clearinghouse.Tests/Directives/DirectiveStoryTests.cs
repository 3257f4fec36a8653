using System.Net;
using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Directives;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Exposure;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Directives;

/// <summary>
/// Scope 6 of issue 7 through the real host: staff issue a BOD-style directive to federal agencies and the healthcare
/// sector; a hospital's exposures are judged against its rules as the days pass (compliant, due soon, overdue, not
/// applicable, each with its reason); the directive is amended and withdrawn; only the hospital and staff see its report.
/// </summary>
public sealed class DirectiveStoryTests
{
    private static DirectiveRequest Directive(int kevDays) => new()
    {
        Reference = "CH-BOD-26-01",
        Title = "Reducing the significant risk of known exploited vulnerabilities",
        TargetKinds = [OrganizationKind.FederalAgency],
        TargetSectors = [Sector.Healthcare],
        Rules =
        [
            new DirectiveRuleRequest { Kind = DirectiveRuleKind.Kev, WithinDays = kevDays },
            new DirectiveRuleRequest { Kind = DirectiveRuleKind.Severity, MinimumSeverity = DirectiveSeverity.Critical, WithinDays = 30, PubliclyExposedOnly = true },
        ],
    };

    [Theory, BothProviders]
    public async Task A_hospital_is_judged_against_a_directive_as_days_pass_and_only_it_and_staff_see_its_report(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider, ExposureWorld.Settings());
        await host.InitializeAsync();
        var hospital = await host.EnrolAsync("Valley County Hospital", OrganizationKind.CriticalInfrastructureOperator);
        var lab = await host.EnrolAsync("Some Lab", OrganizationKind.ScannerOperator);
        using var staff = host.Client(host.StaffToken);
        using var it = host.Client(hospital.AdminToken.Secret);
        using var other = host.Client(lab.AdminToken.Secret);

        await ExposureWorld.AssetAsync(it, "EHR server", internetExposed: false,
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "pkg:npm/left-pad@1.1.0", "pkg:npm/lodash@4.17.21");
        await ExposureWorld.AssetAsync(it, "Patient portal", internetExposed: true, "pkg:npm/lodash@4.17.21");
        foreach (var document in new[] { ExposureWorld.Log4Shell, ExposureWorld.Minor, ExposureWorld.CriticalNotKev, ExposureWorld.Kev })
        {
            await ExposureWorld.ImportAsync(staff, document);
        }

        // Bad directives are refused precisely and write nothing; only staff issue them.
        var before = await CountAsync(host);
        var noThreshold = Directive(14) with { Rules = [new DirectiveRuleRequest { Kind = DirectiveRuleKind.Severity, WithinDays = 30 }] };
        var (problem, _) = await (await staff.PostJsonAsync("/api/directives", noThreshold)).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("rules[0].minimumSeverity", problem.Errors!.Keys);
        (problem, _) = await (await staff.PostJsonAsync("/api/directives", Directive(14) with { TargetKinds = [], TargetSectors = [] })).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("targetKinds", problem.Errors!.Keys);
        await (await staff.PostAsync("/api/directives", Wire.Json("""{"reference": "X-1", "title": "No rules", "targetKinds": ["federal-agency"], "rules": []}""")))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await (await it.PostJsonAsync("/api/directives", Directive(14))).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(before, await CountAsync(host));

        var issued = await (await staff.PostJsonAsync("/api/directives", Directive(14))).ReadAsync<DirectiveView>(HttpStatusCode.Created);
        Assert.Equal(1, issued.Version);
        Assert.Equal(new DateOnly(2026, 11, 21), issued.EffectiveOn);
        Assert.Equal("KEV entries: remediate within 14 days of KEV listing (dateAdded)", issued.Rules[0].Description);
        await (await staff.PostJsonAsync("/api/directives", Directive(7))).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        Assert.Contains(await (await other.GetAsync("/api/directives")).ReadAsync<List<DirectiveSummaryView>>(), d => d.Reference == "CH-BOD-26-01");

        // Day 0. Log4Shell was listed in KEV in 2021, but the clock starts when the directive took effect: due in 14 days.
        var report = await ComplianceAsync(it, "CH-BOD-26-01");
        Assert.True(report.Targeted);
        Assert.Contains("healthcare", report.TargetReason, StringComparison.Ordinal);
        Assert.Equal(new ComplianceCounts(2, 0, 0, 2), report.Counts);
        var log4j = Assert.Single(report.Exposures, e => e.VulnerabilityId == "CVE-2021-44228");
        Assert.Equal((ComplianceState.Compliant, new DateOnly(2026, 12, 5)), (log4j.State, log4j.DueDate));
        Assert.Contains("KEV entries", log4j.Reason, StringComparison.Ordinal);
        var portal = Assert.Single(report.Exposures, e => e.AssetName == "Patient portal");
        Assert.Equal((ComplianceState.Compliant, new DateOnly(2026, 12, 21)), (portal.State, portal.DueDate));
        var ehrLodash = Assert.Single(report.Exposures, e => e.AssetName == "EHR server" && e.VulnerabilityId == "CVE-2099-0002");
        Assert.Equal(ComplianceState.NotApplicable, ehrLodash.State);
        Assert.Contains("not publicly exposed", ehrLodash.Reason, StringComparison.Ordinal);

        // Only the hospital and staff analysts read its report; another organization learns nothing, not even that it exists.
        Assert.Equal(report.Counts, (await ComplianceAsync(staff, $"CH-BOD-26-01?organization={hospital.Organization.Id}")).Counts);
        await (await other.GetAsync($"/api/directives/CH-BOD-26-01/compliance?organization={hospital.Organization.Id}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var labReport = await ComplianceAsync(other, issued.Id.ToString());
        Assert.False(labReport.Targeted);
        Assert.Empty(labReport.Exposures);

        // The overall report: staff see the hospital's row; the hospital sees totals only, suppressed (one organization).
        var overall = await (await staff.GetAsync("/api/directives/CH-BOD-26-01/compliance/overall")).ReadAsync<OverallComplianceView>();
        Assert.Equal(report.Counts, Assert.Single(overall.Organizations!).Counts);
        Assert.Equal(2, overall.Totals.Compliant.Value);
        var aggregate = await (await it.GetAsync("/api/directives/CH-BOD-26-01/compliance/overall")).ReadAsync<OverallComplianceView>();
        Assert.Null(aggregate.Organizations);
        Assert.True(aggregate.Totals.Compliant.Suppressed);
        Assert.Null(aggregate.Totals.Compliant.Value);
        Assert.Equal(0, aggregate.Totals.Overdue.Value);

        // Amended: KEV entries within 7 days. Version 2 is in force; version 1 stays readable; the reference cannot change.
        await (await staff.PutAsync("/api/directives/CH-BOD-26-01", JsonContent.Create(Directive(7) with { Reference = "CH-OTHER" }, options: ContractJson.Options)))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var amended = await (await staff.PutAsync("/api/directives/CH-BOD-26-01", JsonContent.Create(Directive(7) with { Note = "one week" }, options: ContractJson.Options)))
            .ReadAsync<DirectiveView>();
        Assert.Equal(2, amended.Version);
        Assert.Equal([1, 2], amended.Versions.Select(v => v.Version));
        Assert.Equal(14, amended.Versions[0].Rules[0].WithinDays);

        host.Clock.Advance(TimeSpan.FromDays(5));
        log4j = Assert.Single((await ComplianceAsync(it, "CH-BOD-26-01")).Exposures, e => e.VulnerabilityId == "CVE-2021-44228");
        Assert.Equal((ComplianceState.DueSoon, new DateOnly(2026, 11, 28)), (log4j.State, log4j.DueDate));

        host.Clock.Advance(TimeSpan.FromDays(3));
        report = await ComplianceAsync(it, "CH-BOD-26-01");
        log4j = Assert.Single(report.Exposures, e => e.VulnerabilityId == "CVE-2021-44228");
        Assert.Equal(ComplianceState.Overdue, log4j.State);
        Assert.Contains("1 day past the due date 2026-11-28", log4j.Reason, StringComparison.Ordinal);
        Assert.Equal(log4j.ExposureId, report.Exposures[0].ExposureId);

        // Fixed a day late: still overdue, in the past tense.
        await (await it.PostJsonAsync($"/api/exposure/exposures/{log4j.ExposureId}/status", new ExposureStatusRequest { Status = ExposureStatus.Fixed }))
            .ReadAsync<List<ExposureStatusChangeView>>();
        log4j = Assert.Single((await ComplianceAsync(it, "CH-BOD-26-01")).Exposures, e => e.VulnerabilityId == "CVE-2021-44228");
        Assert.Equal(ComplianceState.Overdue, log4j.State);
        Assert.Contains("fixed on 2026-11-29, 1 day after the due date", log4j.Reason, StringComparison.Ordinal);

        // Withdrawn: readable, but no report; a second withdrawal is refused.
        var withdrawn = await (await staff.PostJsonAsync("/api/directives/CH-BOD-26-01/withdrawal", new WithdrawDirectiveRequest { Reason = "superseded" })).ReadAsync<DirectiveView>();
        Assert.NotNull(withdrawn.WithdrawnAt);
        await (await it.GetAsync("/api/directives/CH-BOD-26-01/compliance")).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        await (await staff.PostJsonAsync("/api/directives/CH-BOD-26-01/withdrawal", new WithdrawDirectiveRequest { Reason = "again" })).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        await (await it.GetAsync("/api/directives/CH-BOD-99-99")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);

        await using var db = host.OpenDatabase();
        var actions = await db.AuditEntries.Where(e => e.SubjectType == "directive").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal(["directive.issued", "directive.amended", "directive.withdrawn"], actions);
    }

    private static async Task<OrganizationComplianceView> ComplianceAsync(HttpClient client, string directiveAndQuery)
    {
        var (directive, query) = directiveAndQuery.Split('?') is [var d, var q] ? (d, "?" + q) : (directiveAndQuery, "");
        return await (await client.GetAsync($"/api/directives/{directive}/compliance{query}")).ReadAsync<OrganizationComplianceView>();
    }

    private static async Task<(int Directives, int Versions, int Rules)> CountAsync(ClearinghouseHost host)
    {
        await using var db = host.OpenDatabase();
        return (await db.Set<Directive>().CountAsync(), await db.Set<DirectiveVersion>().CountAsync(), await db.Set<DirectiveRule>().CountAsync());
    }
}
