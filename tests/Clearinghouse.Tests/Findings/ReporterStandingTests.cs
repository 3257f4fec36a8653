using System.Net;
using System.Text;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Findings;
using Clearinghouse.Jobs;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Clearinghouse.Tests.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    [Theory, BothProviders]
    public async Task Standing_is_assessed_over_the_most_recent_findings_so_old_invalid_ones_age_out_while_the_statistics_keep_them(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider, new Dictionary<string, string?>
        {
            ["Findings:JudgedBeforeStanding"] = "3",
            ["Findings:PoorStandingScore"] = "0.5",
            ["Findings:StandingRecentFindings"] = "4",
        });
        await host.InitializeAsync();
        var reformed = await host.EnrolAsync("Reformed Lab", OrganizationKind.ScannerOperator);
        var (_, analystToken) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        using var lab = host.Client(reformed.AdminToken.Secret);
        using var analyst = host.Client(analystToken);

        // Four findings judged invalid: a score of 1/6.
        var old = await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [.. Enumerable.Range(0, 4).Select(i => Finding($"old-{i}"))] })).ReadAsync<SubmissionResult>();
        foreach (var item in old.Items)
        {
            await (await analyst.PostJsonAsync($"/api/cases/{item.CaseNumber}/transitions", new CaseTransitionRequest { To = CaseState.Rejected, Reason = RejectionReason.Invalid, Note = "No overflow in the trace." }))
                .ReadAsync<CaseView>();
        }

        var statistics = await (await lab.GetAsync("/api/findings/statistics")).ReadAsync<ReporterStatistics>();
        Assert.Equal("quality score 0.167 over 4 judged findings is below 0.5", statistics.Standing.Reason);

        // Four newer findings, three of them validated: over its four most recent findings the lab scores 4/5 and is in
        // good standing again, though its whole history (3 validated, 4 invalid: 4/9), which its statistics still count,
        // would have kept it below 0.5.
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [.. Enumerable.Range(0, 4).Select(i => Finding($"new-{i}"))] })).ReadAsync<SubmissionResult>();
        foreach (var item in newer.Items.Take(3))
        {
            await (await analyst.PostJsonAsync($"/api/cases/{item.CaseNumber}/transitions", new CaseTransitionRequest { To = CaseState.Triage, Note = "Plausible." })).ReadAsync<CaseView>();
            await (await analyst.PostJsonAsync($"/api/cases/{item.CaseNumber}/verdicts", new CaseVerdictRequest { Valid = true, Evidence = "Reproduced by hand under ASan." }))
                .ReadAsync<VerdictResult>();
        }

        statistics = await (await lab.GetAsync("/api/findings/statistics")).ReadAsync<ReporterStatistics>();
        Assert.Equal(new ReporterStandingView(false, null, null, 8), statistics.Standing);
        Assert.Equal((8, 3, 4, 1, 0.444), (statistics.Overall.Findings, statistics.Overall.Validated, statistics.Overall.RejectedInvalid, statistics.Overall.Pending, statistics.Overall.QualityScore));

        // The next submission is not limited, and its case does not wait for an analyst.
        var next = await (await lab.PostJsonAsync("/api/findings", Finding("new-4"))).ReadAsync<SubmissionResult>();
        Assert.Null((await (await analyst.GetAsync($"/api/cases/{next.Items[0].CaseNumber}")).ReadAsync<CaseView>()).ExtraTriage);
    }

    [Theory, BothProviders]
    public async Task The_standing_queries_read_the_organization_s_findings_through_the_organization_and_time_index(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider);
        await host.InitializeAsync();
        var busy = await host.EnrolAsync("Busy Lab", OrganizationKind.ScannerOperator);
        var other = await host.EnrolAsync("Other Lab", OrganizationKind.ScannerOperator);
        using var lab = host.Client(busy.AdminToken.Secret);
        using var otherLab = host.Client(other.AdminToken.Secret);
        await (await lab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [.. Enumerable.Range(0, 5).Select(i => Finding($"busy-{i}"))] })).ReadAsync<SubmissionResult>();
        await (await otherLab.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [.. Enumerable.Range(0, 5).Select(i => Finding($"other-{i}"))] })).ReadAsync<SubmissionResult>();

        var plans = new QueryPlans(provider);
        var organization = OrganizationId.From(busy.Organization.Id);
        await using (var db = new ClearinghouseDb(ClearinghouseDb.Configure(new DbContextOptionsBuilder<ClearinghouseDb>().AddInterceptors(plans), host.Database), host.Database, host.Clock))
        {
            var standing = await ReporterStanding.AssessAsync(db, organization, host.Services.GetRequiredService<IOptions<FindingsOptions>>().Value, CancellationToken.None);
            Assert.Equal(5, standing.FindingsLastDay);

            // As if in poor standing with an allowance of 5: one more must wait for the oldest of the day to age out.
            var refused = await ReporterStanding.RefuseOverAllowanceAsync(db, organization, standing with { Poor = true, FindingsPerDay = 5 }, 1, new DefaultHttpContext(), CancellationToken.None);
            Assert.NotNull(refused);
        }

        var queries = plans.Reading("findings").ToList();
        Assert.Equal(3, queries.Count);
        foreach (var (sql, plan) in queries)
        {
            var text = string.Join(Environment.NewLine, plan);
            Assert.True(text.Contains("ix_findings_organization_id_received_at", StringComparison.Ordinal), $"{sql}{Environment.NewLine}{text}");
            if (provider == DatabaseProvider.Postgres)
            {
                Assert.DoesNotContain("Seq Scan on findings", text, StringComparison.Ordinal);
            }
            else
            {
                var alias = QueryPlans.Alias(sql, "findings");
                Assert.DoesNotContain(plan, line => line.StartsWith($"SCAN {alias}", StringComparison.Ordinal) && (line.Length == 5 + alias.Length || line[5 + alias.Length] == ' '));
            }
        }
    }

    [Theory]
    [InlineData("Findings:StandingRecentFindings", "0")]
    [InlineData("Findings:StandingRecentFindings", "2")]
    [InlineData("Findings:PoorStandingScore", "1.5")]
    [InlineData("Findings:MaxEvidenceBytes", "-1")]
    public async Task A_host_with_a_findings_setting_out_of_range_refuses_to_start_and_names_the_settings(string setting, string value)
    {
        // A window of 0 findings would judge nothing (a negative one is no limit at all on SQLite, an error on
        // PostgreSQL), and one of 2 could never hold the JudgedBeforeStanding (5) findings standing needs.
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = new ClearinghouseHost(DatabaseProvider.Sqlite, new Dictionary<string, string?> { [setting] = value });
            await host.InitializeAsync();
        });

        Assert.Contains("StandingRecentFindings at least JudgedBeforeStanding", error.Message, StringComparison.Ordinal);
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
