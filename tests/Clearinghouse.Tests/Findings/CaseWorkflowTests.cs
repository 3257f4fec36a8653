using System.Net;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Findings;

/// <summary>The case state machine and analysts' verdicts through the real host: who may move a case where, and two analysts for critical cases.</summary>
public sealed class CaseWorkflowTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task Analysts_move_cases_along_the_allowed_transitions_only_and_reporters_cannot(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (analyst, token) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        var lab = await host.EnrolAsync("Workflow Lab", OrganizationKind.ScannerOperator);
        using var reporter = host.Client(lab.AdminToken.Secret);
        using var staff = host.Client(token);
        var number = (await (await reporter.PostJsonAsync("/api/findings", IntakeTests.Overflow($"workflow/{provider}-{host.Clock.NewId():N}") with { CvssVector = null }))
            .ReadAsync<SubmissionResult>()).Items[0].CaseNumber;

        await (await reporter.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "let me" }))
            .ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var triaged = await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "Looks plausible." })).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Triage, triaged.State);

        var (conflict, _) = await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Published, Note = "skip ahead" }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        Assert.Contains("verifying, rejected", conflict.Detail, StringComparison.Ordinal);
        await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Validated, Note = "trust me" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Rejected, Note = "no reason" }))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Rejected, Reason = RejectionReason.Duplicate, Note = "dup" }))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var verdict = await (await staff.PostJsonAsync($"/api/cases/{number}/verdicts", new CaseVerdictRequest { Valid = true, Evidence = "Reproduced by hand with the attached input under ASan." }))
            .ReadAsync<VerdictResult>();
        Assert.False(verdict.AwaitingSecondAnalyst);
        Assert.Equal(CaseState.Validated, verdict.Case.State);
        Assert.Equal(analyst.Id, Assert.Single(verdict.Verdicts).MemberId);

        // One supplier, not yet contacted: CERT/CC's coordinator triage declines it, so coordinating needs an explicit override.
        Assert.Equal("decline", verdict.Case.Triage!.Decision);
        var (declined, _) = await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Coordinating, Note = "to the maintainer" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        Assert.Contains("decides decline", declined.Detail, StringComparison.Ordinal);
        Assert.Contains("Supplier Contacted: No", declined.Detail, StringComparison.Ordinal);
        Assert.Equal(CaseState.Coordinating, (await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest
        {
            To = CaseState.Coordinating,
            Note = "The maintainer asked us to coordinate: the library ships in medical devices.",
            OverrideTriage = true,
        })).ReadAsync<CaseView>()).State);
        foreach (var next in new[] { CaseState.Fixed, CaseState.Published, CaseState.Closed })
        {
            Assert.Equal(next, (await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = next, Note = "moving on" })).ReadAsync<CaseView>()).State);
        }

        // Reopening a closed case is for administrators.
        await (await staff.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "reopen" }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        using var administrator = host.Client(host.StaffToken);
        Assert.Equal(CaseState.Triage, (await (await administrator.PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "new evidence" })).ReadAsync<CaseView>()).State);

        var outsider = await host.EnrolAsync("Nosy Lab", OrganizationKind.ScannerOperator);
        await (await host.Client(outsider.AdminToken.Secret).PostJsonAsync($"/api/cases/{number}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "let me look" }))
            .ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Theory, BothProviders]
    public async Task A_critical_case_needs_two_different_analysts_who_agree(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var (_, first) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        var (_, second) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        var lab = await host.EnrolAsync("Critical Lab", OrganizationKind.ScannerOperator);
        var number = (await (await host.Client(lab.AdminToken.Secret).PostJsonAsync("/api/findings", IntakeTests.Overflow($"critical/{provider}-{host.Clock.NewId():N}") with
        {
            CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        })).ReadAsync<SubmissionResult>()).Items[0].CaseNumber;
        var verdict = new CaseVerdictRequest { Valid = true, Evidence = "Unauthenticated remote write confirmed in a lab build." };

        var once = await (await host.Client(first).PostJsonAsync($"/api/cases/{number}/verdicts", verdict)).ReadAsync<VerdictResult>();
        await (await host.Client(first).PostJsonAsync($"/api/cases/{number}/verdicts", verdict)).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        var twice = await (await host.Client(second).PostJsonAsync($"/api/cases/{number}/verdicts", verdict)).ReadAsync<VerdictResult>();

        Assert.True(once.AwaitingSecondAnalyst);
        Assert.Equal(CaseState.New, once.Case.State);
        Assert.False(twice.AwaitingSecondAnalyst);
        Assert.Equal(CaseState.Validated, twice.Case.State);
        Assert.Equal(2, twice.Verdicts.Count);
        await (await host.Client(second).PostJsonAsync($"/api/cases/{number}/verdicts", verdict with { Valid = false })).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
    }
}
