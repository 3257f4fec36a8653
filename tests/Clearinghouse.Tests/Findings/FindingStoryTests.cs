using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Clearinghouse.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Findings;

/// <summary>
/// The whole story of issue 5 through the real host: two scanners report the same bug in different formats (native JSON
/// with a reproduction recipe, and SARIF); one of them also files junk. The case has both attributions, the junk is
/// rejected, the reproduction job validates the real bug in the sandbox, and the triage queue shows it first.
/// </summary>
public sealed class FindingStoryTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private const string Crash = """
        ==4242==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000018 at pc 0x55d4 bp 0x7ffc sp 0x7ffc
        WRITE of size 1 at 0x602000000018 thread T0
            #0 0x55d4 in decode_row /src/imagelib/src/decode.c:212:17
            #1 0x55d5 in decode_image /src/imagelib/src/decode.c:340:9
            #2 0x55d6 in LLVMFuzzerTestOneInput /src/imagelib/fuzz/decode_fuzzer.c:21:3
        SUMMARY: AddressSanitizer: heap-buffer-overflow /src/imagelib/src/decode.c:212:17 in decode_row
        """;

    [Theory, BothProviders]
    public async Task Two_scanners_one_bug_two_formats_junk_rejected_reproduction_validates_and_triage_shows_it_first(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var package = $"acme/imagelib-{provider}-{host.Clock.NewId():N}";
        var purl = $"pkg:github/{package}@2.4.1";
        var labA = await host.EnrolAsync("Lab A", OrganizationKind.ScannerOperator);
        var labB = await host.EnrolAsync("Lab B", OrganizationKind.ScannerOperator);
        using var a = host.Client(labA.AdminToken.Secret);
        using var b = host.Client(labB.AdminToken.Secret);

        // Lab A: native JSON, with the crash, a proof of concept and a recipe that shows it on the release and on the head.
        var poc = "#!/bin/sh\ncat crash.txt >&2\nexit 1\n";
        var real = await (await a.PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Heap buffer overflow in decode_row",
            Description = "A crafted image writes one byte past the row buffer.",
            Target = new FindingTarget { Purl = purl },
            Weakness = "CWE-787",
            Location = new FindingLocation { File = "src/decode.c", Line = 212, Function = "decode_row" },
            CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H",
            FoundBy = new FindingOrigin { Tool = "fuzz-agent", ToolVersion = "3.2", Model = "example-model-2" },
            CrashReport = Crash,
            Evidence =
            [
                new EvidenceFile { Name = "poc.sh", MediaType = "text/x-shellscript", ContentBase64 = Base64(poc) },
                new EvidenceFile { Name = "crash.txt", MediaType = "text/plain", ContentBase64 = Base64(Crash) },
            ],
            Reproduction = new ReproductionRecipe
            {
                Command = ["sh", "poc.sh"],
                Files = ["poc.sh", "crash.txt"],
                Expect = new ExpectedOutcome { ExitCode = 1, SameCrashState = true },
                Head = new ReproductionVariant { Files = ["poc.sh", "crash.txt"] },
            },
        })).ReadAsync<SubmissionResult>();
        var caseNumber = Assert.Single(real.Items).CaseNumber;

        // Lab B: the same bug in SARIF, from a static analyser, on the same release.
        var sarif = """
            {"version": "2.1.0", "runs": [{
              "results": [{"ruleId": "cpp/overflow-buffer", "message": {"text": "This write may overflow the row buffer."},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/decode.c"}, "region": {"startLine": 211}},
                               "logicalLocations": [{"fullyQualifiedName": "decode_row"}]}]}],
              "tool": {"driver": {"name": "StaticAI", "version": "1.0",
                "rules": [{"id": "cpp/overflow-buffer", "shortDescription": {"text": "Buffer write out of bounds"}, "properties": {"tags": ["security", "external/cwe/cwe-787"]}}]}}}]}
            """;
        var content = new StringContent(sarif, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/sarif+json");
        var corroboration = await (await b.PostAsync($"/api/findings/sarif?target={Uri.EscapeDataString(purl)}", content)).ReadAsync<SubmissionResult>();
        Assert.Equal(IntakeOutcome.JoinedCase, Assert.Single(corroboration.Items).Outcome);
        Assert.Equal(caseNumber, corroboration.Items[0].CaseNumber);

        // Lab B also files junk: one finding that is not even well-formed, and one whose "proof" shows nothing.
        await (await b.PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "RCE!!!",
            Target = new FindingTarget { Purl = "pkg:github/acme/imagelib" },
            FoundBy = new FindingOrigin { Tool = "hallucinator" },
        })).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var junk = await (await b.PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Remote code execution in the image cache",
            Target = new FindingTarget { Purl = purl },
            Weakness = "CWE-94",
            Location = new FindingLocation { File = "src/cache.c", Function = "cache_put" },
            CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            FoundBy = new FindingOrigin { Tool = "hallucinator" },
            Evidence = [new EvidenceFile { Name = "exploit.sh", ContentBase64 = Base64("#!/bin/sh\necho 'pwned (not really)'\nexit 0\n") }],
            Reproduction = new ReproductionRecipe
            {
                Command = ["sh", "exploit.sh"],
                Files = ["exploit.sh"],
                Expect = new ExpectedOutcome { ExitCode = 139, OutputPattern = "code execution" },
            },
        })).ReadAsync<SubmissionResult>();
        var junkCase = Assert.Single(junk.Items).CaseNumber;

        // The reproduction jobs run in the sandbox.
        var worker = host.Services.GetRequiredService<JobWorker>();
        while (await worker.RunDueJobsAsync(CancellationToken.None) > 0)
        {
        }

        using var staff = host.Client(host.StaffToken);
        var validated = await (await staff.GetAsync($"/api/cases/{caseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Validated, validated.State);
        // ClusterFuzz names the fuzz target entry point by its file.
        Assert.Equal("decode_row\ndecode_image\ndecode_fuzzer.c\n", validated.CrashState);
        Assert.Equal(2, validated.Reporters);
        Assert.Equal([labA.Organization.Id, labB.Organization.Id], validated.Attributions.Select(x => x.OrganizationId));
        Assert.Equal(["native", "sarif"], validated.Attributions.Select(x => x.Format));
        Assert.Equal("package-weakness-location", validated.Attributions[1].MatchedBy);

        var rejected = await (await staff.GetAsync($"/api/cases/{junkCase}")).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Rejected, rejected.State);
        Assert.Equal(RejectionReason.NotReproducible, rejected.RejectionReason);

        await using (var db = host.OpenDatabase())
        {
            var runs = await db.Set<Reproduction>().Where(r => r.CaseId == Clearinghouse.Findings.CaseId.From(validated.Id)).OrderBy(r => r.Variant).ToListAsync();
            Assert.Equal(["affected", "head"], runs.Select(r => r.Variant));
            Assert.All(runs, r => Assert.Equal(3, r.MatchingRuns));
            Assert.Contains("heap-buffer-overflow", runs[0].Log, StringComparison.Ordinal);
        }

        var queue = await (await staff.GetAsync("/api/cases/triage")).ReadAsync<List<CaseView>>();
        Assert.Equal(validated.Id, queue[0].Id);
        Assert.DoesNotContain(queue, c => c.Number == junkCase);

        // Each reporter's record: Lab A's one finding was real; Lab B corroborated it once and filed one that did not reproduce.
        var recordA = await (await a.GetAsync("/api/findings/statistics")).ReadAsync<ReporterStatistics>();
        Assert.Equal(new OutcomeCounts(1, 1, 0, 0, 0, 0, 0.667), recordA.Overall);
        var recordB = await (await staff.GetAsync($"/api/findings/statistics?organizationId={labB.Organization.Id}")).ReadAsync<ReporterStatistics>();
        Assert.Equal(new OutcomeCounts(2, 0, 0, 1, 1, 0, 0.333), recordB.Overall);
        Assert.Equal(["StaticAI", "hallucinator"], recordB.ByTool.Select(t => t.Tool));
        await (await a.GetAsync($"/api/findings/statistics?organizationId={labB.Organization.Id}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);

        // Lab A sees its own case and its own attribution, not Lab B's.
        var seenByA = await (await a.GetAsync($"/api/cases/{caseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Validated, seenByA.State);
        Assert.Equal([labA.Organization.Id], seenByA.Attributions.Select(x => x.OrganizationId));
    }

    [Theory, BothProviders]
    public async Task A_finding_that_no_longer_reproduces_on_the_head_is_closed_as_already_fixed_before_anyone_reads_it(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Lab Fixed", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var result = await (await client.PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Off-by-one in the tile reader",
            Target = new FindingTarget { Repository = $"https://github.com/acme/tiles-{provider}-{host.Clock.NewId():N}", Commit = "0123456789abcdef0123456789abcdef01234567" },
            Weakness = "CWE-193",
            FoundBy = new FindingOrigin { Tool = "fuzz-agent" },
            Evidence =
            [
                new EvidenceFile { Name = "release.sh", ContentBase64 = Base64("echo 'ERROR: AddressSanitizer: heap-buffer-overflow' >&2; exit 1\n") },
                new EvidenceFile { Name = "head.sh", ContentBase64 = Base64("echo 'all good'; exit 0\n") },
            ],
            Reproduction = new ReproductionRecipe
            {
                Command = ["sh", "release.sh"],
                Files = ["release.sh"],
                Expect = new ExpectedOutcome { ExitCode = 1 },
                Head = new ReproductionVariant { Command = ["sh", "head.sh"], Files = ["head.sh"] },
            },
        })).ReadAsync<SubmissionResult>();
        Assert.Equal(IntakeOutcome.NewCase, result.Items[0].Outcome);
        var worker = host.Services.GetRequiredService<JobWorker>();
        while (await worker.RunDueJobsAsync(CancellationToken.None) > 0)
        {
        }

        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{result.Items[0].CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(CaseState.Closed, view.State);
        Assert.Equal(RejectionReason.AlreadyFixed, view.RejectionReason);
        var queue = await (await staff.GetAsync("/api/cases/triage")).ReadAsync<List<CaseView>>();
        Assert.DoesNotContain(queue, c => c.Id == view.Id);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
