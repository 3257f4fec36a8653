using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Findings;

/// <summary>The SSVC coordinator triage decision (CERT/CC's table from the shared data) on cases, through the real host.</summary>
public sealed class CoordinatorTriageTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task A_credible_report_whose_supplier_does_not_answer_is_coordinated_and_one_judged_invalid_is_declined(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Triage Lab", OrganizationKind.ScannerOperator);
        using var staff = host.Client(host.StaffToken);
        var run = host.Clock.NewId().ToString("N");
        const string crash = """
            ==1==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000011 at pc 0x1 bp 0x2 sp 0x3
            WRITE of size 4 at 0x602000000011 thread T0
                #0 0x1 in tile_decode /src/tiles/decode.c:120
                #1 0x2 in tile_read /src/tiles/read.c:45
                #2 0x3 in tiles_open /src/tiles/open.c:12
                #3 0x4 in main /src/tiles/main.c:7
            """;
        FindingSubmission Report(string repository) => new()
        {
            Title = "Heap overflow decoding tiles",
            Target = new FindingTarget { Repository = repository, Commit = "0123456789abcdef0123456789abcdef01234567" },
            Weakness = "CWE-787",
            CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
            CrashReport = crash,
            SupplierContacted = true,
            FoundBy = new FindingOrigin { Tool = "fuzz-agent" },
        };

        // One supplier, told of it, active: CERT/CC's table leaves it to the reporter and the supplier (decline)...
        var opened = await (await host.Client(lab.AdminToken.Secret).PostJsonAsync("/api/findings", Report($"https://github.com/acme/tiles-{run}"))).ReadAsync<SubmissionResult>();
        var view = await (await staff.GetAsync($"/api/cases/{opened.Items[0].CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal("decline", view.Triage!.Decision);
        Assert.Equal("ssvc:DT_COORD_TRIAGE:1.0.0", view.Triage.Table);

        // ...until an analyst learns that the supplier does not answer: then the clearinghouse coordinates.
        view = await (await staff.PostJsonAsync($"/api/cases/{view.Number}/suppliers", new CaseSuppliersRequest { MultipleSuppliers = false, Unresponsive = true, Note = "Three mails in two weeks, no answer." }))
            .ReadAsync<CaseView>();
        Assert.Equal("coordinate", view.Triage!.Decision);
        Assert.Equal(
            ["Report Public: No", "Supplier Contacted: Yes", "Report Credibility: Credible", "Supplier Cardinality: One", "Supplier Engagement: Unresponsive", "Utility: Super Effective", "Public Safety Impact: Minimal"],
            view.Triage.Path.Select(s => $"{s.DecisionPoint}: {s.Value}"));
        await (await host.Client(lab.AdminToken.Secret).PostJsonAsync($"/api/cases/{view.Number}/suppliers", new CaseSuppliersRequest { MultipleSuppliers = true, Unresponsive = true, Note = "me too" }))
            .ProblemAsync(System.Net.HttpStatusCode.Forbidden, Contracts.Problems.ProblemTypes.Forbidden);

        await (await staff.PostJsonAsync($"/api/cases/{view.Number}/verdicts", new CaseVerdictRequest { Valid = true, Evidence = "Reproduced under ASan with the attached tile." })).ReadAsync<VerdictResult>();
        var (_, analyst) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        await (await host.Client(analyst).PostJsonAsync($"/api/cases/{view.Number}/verdicts", new CaseVerdictRequest { Valid = true, Evidence = "Second analyst: the same crash state." })).ReadAsync<VerdictResult>();
        var coordinating = await (await staff.PostJsonAsync($"/api/cases/{view.Number}/transitions", new CaseTransitionRequest { To = CaseState.Coordinating, Note = "Both maintainers informed." }))
            .ReadAsync<CaseView>();
        Assert.Equal(CaseState.Coordinating, coordinating.State);

        // Rejected as invalid, the same facts are not credible any more: declined.
        var junk = await (await host.Client(lab.AdminToken.Secret).PostJsonAsync("/api/findings", Report($"https://github.com/acme/other-{run}") with { CrashReport = null, Title = "Overflow somewhere" }))
            .ReadAsync<SubmissionResult>();
        var rejected = await (await staff.PostJsonAsync($"/api/cases/{junk.Items[0].CaseNumber}/transitions", new CaseTransitionRequest { To = CaseState.Rejected, Reason = RejectionReason.Invalid, Note = "No such code path." }))
            .ReadAsync<CaseView>();
        Assert.Equal("Report Credibility: Not Credible", rejected.Triage!.Path.Select(s => $"{s.DecisionPoint}: {s.Value}").ElementAt(2));
        Assert.Equal("decline", rejected.Triage.Decision);
    }
}
