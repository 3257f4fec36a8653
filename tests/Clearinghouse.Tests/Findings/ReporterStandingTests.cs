using System.Net;
using System.Text;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Findings;

/// <summary>Reporters whose findings are mostly invalid are rate-limited and their cases wait for an analyst (issue 5, scope 7).</summary>
public sealed class ReporterStandingTests
{
    [Theory, BothProviders]
    public async Task A_reporter_whose_findings_were_judged_invalid_is_limited_per_day_and_its_reproduced_cases_wait_for_an_analyst(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider, new Dictionary<string, string?>
        {
            ["Findings:JudgedBeforeStanding"] = "3",
            ["Findings:PoorStandingFindingsPerDay"] = "8",
        });
        await host.InitializeAsync();
        var sloppy = await host.EnrolAsync("Sloppy Lab", OrganizationKind.ScannerOperator);
        var careful = await host.EnrolAsync("Careful Lab", OrganizationKind.ScannerOperator);
        using var lab = host.Client(sloppy.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);

        // Three reports that analysts judge invalid put the lab in poor standing: a score of 1/5 over three judged findings.
        var first = await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [.. Enumerable.Range(0, 3).Select(i => Finding($"junk-{i}"))] })).ReadAsync<SubmissionResult>();
        foreach (var item in first.Items)
        {
            await (await staff.PostJsonAsync($"/api/cases/{item.CaseNumber}/transitions", new CaseTransitionRequest { To = CaseState.Rejected, Reason = RejectionReason.Invalid, Note = "The trace does not show the claimed overflow." }))
                .ReadAsync<CaseView>();
        }

        var standing = (await (await lab.GetAsync("/api/findings/statistics")).ReadAsync<ReporterStatistics>()).Standing;
        Assert.True(standing.Poor);
        Assert.Equal("quality score 0.2 over 3 judged findings is below 0.35", standing.Reason);
        Assert.Equal((8, 3), (standing.FindingsPerDay, standing.FindingsLastDay));
        using var carefulLab = host.Client(careful.AdminToken.Secret);
        await (await carefulLab.PostJsonAsync("/api/findings", Finding("careful-0"))).ReadAsync<SubmissionResult>();
        Assert.False((await (await carefulLab.GetAsync("/api/findings/statistics")).ReadAsync<ReporterStatistics>()).Standing.Poor);

        // Still accepted within the allowance, but the new case is marked for extra triage; a reproduction that
        // succeeds sends it to an analyst instead of validating it.
        var reproducible = Finding("real-one") with
        {
            Evidence = [new EvidenceFile { Name = "poc.sh", ContentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("echo 'overflow reached' >&2; exit 1\n")) }],
            Reproduction = new ReproductionRecipe { Command = ["sh", "poc.sh"], Files = ["poc.sh"], Expect = new ExpectedOutcome { ExitCode = 1, OutputPattern = "overflow reached" } },
        };
        var accepted = await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [reproducible, .. Enumerable.Range(0, 3).Select(i => Finding($"more-{i}"))] })).ReadAsync<SubmissionResult>();
        Assert.Equal(4, accepted.NewCases);
        var worker = host.Services.GetRequiredService<JobWorker>();
        while (await worker.RunDueJobsAsync(CancellationToken.None) > 0)
        {
        }

        var reproduced = await (await staff.GetAsync($"/api/cases/{accepted.Items[0].CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Triage, reproduced.State);
        Assert.Equal(standing.Reason, reproduced.ExtraTriage);
        Assert.Contains(await (await staff.GetAsync("/api/cases/triage")).ReadAsync<List<CaseView>>(), c => c.Id == reproduced.Id);

        // Seven of eight used: two more are refused with the time room opens, and nothing is written.
        int Findings()
        {
            using var db = host.OpenDatabase();
            return db.Set<Clearinghouse.Findings.Finding>().Count();
        }

        var before = Findings();
        var refused = await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [Finding("over-0"), Finding("over-1")] });
        var (problem, _) = await refused.ProblemAsync(HttpStatusCode.TooManyRequests, ProblemTypes.RateLimited);
        Assert.Contains("at most 8 findings in 24 hours and has submitted 7", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(1), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(before, Findings());

        // One more fits; after a day the window has room again.
        await (await lab.PostJsonAsync("/api/findings", Finding("last-0"))).ReadAsync<SubmissionResult>();
        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [Finding("over-0"), Finding("over-1")] })).ReadAsync<SubmissionResult>();
    }

    private static FindingSubmission Finding(string name) => new()
    {
        Title = $"Overflow in {name}",
        Description = $"The {name} parser trusts a length field.",
        Target = new FindingTarget { Purl = $"pkg:npm/{name}-parser@1.0.0" },
        Weakness = "CWE-787",
        FoundBy = new FindingOrigin { Tool = "eager-agent", Model = "example-model" },
    };
}
