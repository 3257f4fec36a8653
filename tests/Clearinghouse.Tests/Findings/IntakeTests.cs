using System.Net;
using System.Net.Http.Headers;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Findings;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Findings;

/// <summary>Findings intake through the real host: cases, cross-reporter deduplication, idempotency, all-or-nothing batches, evidence.</summary>
public sealed class IntakeTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    internal static FindingSubmission Overflow(string package, string title = "Heap buffer overflow in png_read_row") => new()
    {
        Title = title,
        Description = "A crafted PNG writes past the row buffer.",
        Target = new FindingTarget { Purl = $"pkg:github/{package}@1.6.43" },
        Weakness = "CWE-787",
        Location = new FindingLocation { File = "pngrutil.c", Line = 4211, Function = "png_read_row" },
        CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H",
        FoundBy = new FindingOrigin { Tool = "fuzz-agent", Model = "example-model-2" },
    };

    [Theory, BothProviders]
    public async Task Two_reporters_of_the_same_bug_share_one_case_in_commit_order_and_each_sees_only_its_own_attribution(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var package = $"pnggroup/libpng-{provider}-{host.Clock.NewId():N}";
        var first = await host.EnrolAsync("First Lab", OrganizationKind.ScannerOperator);
        var second = await host.EnrolAsync("Second Lab", OrganizationKind.ScannerOperator);
        using var firstClient = host.Client(first.AdminToken.Secret);
        using var secondClient = host.Client(second.AdminToken.Secret);

        var opened = await (await firstClient.PostJsonAsync("/api/findings", Overflow(package))).ReadAsync<SubmissionResult>();
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var joined = await (await secondClient.PostJsonAsync("/api/findings", Overflow(package, "OOB write when reading interlaced rows") with
        {
            Location = new FindingLocation { File = "./pngrutil.c", Function = "png_read_row" },
            FoundBy = new FindingOrigin { Tool = "other-scanner" },
        })).ReadAsync<SubmissionResult>();

        var created = Assert.Single(opened.Items);
        Assert.Equal(IntakeOutcome.NewCase, created.Outcome);
        Assert.Matches(@"^CH-\d{4}-\d{5}$", created.CaseNumber);
        var corroboration = Assert.Single(joined.Items);
        Assert.Equal(IntakeOutcome.JoinedCase, corroboration.Outcome);
        Assert.Equal(created.CaseId, corroboration.CaseId);
        Assert.Equal("package-weakness-location", corroboration.MatchedBy);

        using var staff = host.Client(host.StaffToken);
        var all = await (await staff.GetAsync($"/api/cases/{created.CaseNumber}")).ReadAsync<CaseView>();
        Assert.Equal(2, all.Reporters);
        Assert.Equal([1, 2], all.Attributions.Select(a => a.Order));
        Assert.Equal([first.Organization.Id, second.Organization.Id], all.Attributions.Select(a => a.OrganizationId));
        Assert.Equal([FindingRelation.Opened, FindingRelation.Corroborates], all.Attributions.Select(a => a.Relation));
        Assert.True(all.Attributions[0].ReceivedAt < all.Attributions[1].ReceivedAt);

        var seenBySecond = await (await secondClient.GetAsync($"/api/cases/{created.CaseId}")).ReadAsync<CaseView>();
        Assert.Equal(2, seenBySecond.Reporters);
        Assert.Equal([second.Organization.Id], seenBySecond.Attributions.Select(a => a.OrganizationId));

        var outsider = await host.EnrolAsync("Outsider", OrganizationKind.Maintainer);
        using var outsiderClient = host.Client(outsider.AdminToken.Secret);
        await (await outsiderClient.GetAsync($"/api/cases/{created.CaseId}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.DoesNotContain(await (await outsiderClient.GetAsync("/api/cases")).ReadAsync<List<CaseView>>(), c => c.Id == created.CaseId);
    }

    [Theory, BothProviders]
    public async Task Two_crash_reports_of_one_crash_join_one_case_by_ClusterFuzz_crash_state_whatever_the_addresses(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var fixture = "android_asan_uaf.txt";
        var report = await File.ReadAllTextAsync(TestData.Path("crashes", "clusterfuzz", "src", "clusterfuzz", "_internal", "tests", "core", "crash_analysis", "stack_parsing", "stack_analyzer_data", fixture));
        using var expected = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(TestData.Path("crashes", "clusterfuzz", "expected.json")));
        var state = expected.RootElement.GetProperty(fixture).GetProperty("crash_state").GetString();
        var otherRun = System.Text.RegularExpressions.Regex.Replace(report, "0x[0-9a-f]{6,}", m => "0x" + new string('7', m.Length - 2));
        Assert.NotEqual(report, otherRun);
        var purl = $"pkg:generic/android-media-{provider}-{host.Clock.NewId():N}@14";
        var fuzzer = await host.EnrolAsync("Fuzzing Lab", OrganizationKind.ScannerOperator);
        var agent = await host.EnrolAsync("Agent Lab", OrganizationKind.ScannerOperator);

        var first = await (await host.Client(fuzzer.AdminToken.Secret).PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Use after free found by fuzzing", Target = new FindingTarget { Purl = purl }, FoundBy = new FindingOrigin { Tool = "libFuzzer" }, CrashReport = report,
        })).ReadAsync<SubmissionResult>();
        var second = await (await host.Client(agent.AdminToken.Secret).PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "UAF reported by an agent", Target = new FindingTarget { Purl = purl }, FoundBy = new FindingOrigin { Tool = "agent", Model = "m" }, CrashReport = otherRun,
        })).ReadAsync<SubmissionResult>();

        Assert.Equal(first.Items[0].CaseId, second.Items[0].CaseId);
        Assert.Equal("crash-state", second.Items[0].MatchedBy);
        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{first.Items[0].CaseId}")).ReadAsync<CaseView>();
        Assert.Equal(state, view.CrashState);
        Assert.Equal(Intake.Priority(null, securityCrash: true, reporters: 2), view.ProvisionalPriority);
    }

    [Theory, BothProviders]
    public async Task A_report_in_other_words_is_proposed_to_analysts_as_a_possible_duplicate_not_merged(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var package = $"pkg:github/acme/tiff-{provider}-{host.Clock.NewId():N}@4.6.0";
        var first = await host.EnrolAsync("Wordy Lab", OrganizationKind.ScannerOperator);
        var second = await host.EnrolAsync("Terse Lab", OrganizationKind.ScannerOperator);
        var description = "When a TIFF file declares more strips than it contains, TIFFReadEncodedStrip reads past the end of the strip offset array "
            + "and the decoder copies attacker controlled bytes into the output buffer, which can crash the viewer or corrupt memory.";
        var opened = await (await host.Client(first.AdminToken.Secret).PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Out-of-bounds read in TIFFReadEncodedStrip", Description = description, Target = new FindingTarget { Purl = package },
            FoundBy = new FindingOrigin { Tool = "agent-one" },
        })).ReadAsync<SubmissionResult>();
        var alike = await (await host.Client(second.AdminToken.Secret).PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "TIFFReadEncodedStrip out-of-bounds read", Description = description.Replace("crash the viewer or corrupt memory", "crash any program using libtiff", StringComparison.Ordinal),
            Target = new FindingTarget { Purl = package }, FoundBy = new FindingOrigin { Tool = "agent-two" },
        })).ReadAsync<SubmissionResult>();
        var unrelated = await (await host.Client(second.AdminToken.Secret).PostJsonAsync("/api/findings", new FindingSubmission
        {
            Title = "Integer overflow in the JPEG quantization table parser", Description = "A sixteen bit table entry is multiplied without a bound check.",
            Target = new FindingTarget { Purl = package }, FoundBy = new FindingOrigin { Tool = "agent-two" },
        })).ReadAsync<SubmissionResult>();

        Assert.Equal(IntakeOutcome.NewCase, alike.Items[0].Outcome);
        using var staff = host.Client(host.StaffToken);
        var proposed = await (await staff.GetAsync($"/api/cases/{alike.Items[0].CaseNumber}")).ReadAsync<CaseView>();
        var duplicate = Assert.Single(proposed.PossibleDuplicates);
        Assert.Equal(opened.Items[0].CaseId, duplicate.CaseId);
        Assert.InRange(duplicate.Similarity, TextSimilarity.ProposalThreshold, 1.0);
        Assert.Empty((await (await staff.GetAsync($"/api/cases/{unrelated.Items[0].CaseNumber}")).ReadAsync<CaseView>()).PossibleDuplicates);
        Assert.Empty((await (await host.Client(second.AdminToken.Secret).GetAsync($"/api/cases/{alike.Items[0].CaseNumber}")).ReadAsync<CaseView>()).PossibleDuplicates);
    }

    [Theory, BothProviders]
    public async Task A_revealed_priority_claim_gives_first_reporter_credit_from_the_time_of_the_claim(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var careful = await host.EnrolAsync("Careful Lab", OrganizationKind.ScannerOperator);
        var hasty = await host.EnrolAsync("Hasty Lab", OrganizationKind.ScannerOperator);
        using var carefulClient = host.Client(careful.AdminToken.Secret);
        var finding = Overflow($"claims/{provider}-{host.Clock.NewId():N}");
        var errors = new Dictionary<string, string[]>();
        var fingerprint = FindingFingerprints.Compute(FindingRules.Normalize(finding, "", new FindingsOptions(), errors)!)[^1].Hash;
        var salt = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var commitment = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(salt + ":" + fingerprint)));

        var claim = await (await carefulClient.PostJsonAsync("/api/findings/claims", new PriorityClaimRequest { Commitment = commitment })).ReadAsync<PriorityClaimView>(HttpStatusCode.Created);
        await (await carefulClient.PostJsonAsync("/api/findings/claims", new PriorityClaimRequest { Commitment = commitment })).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        host.Clock.Advance(TimeSpan.FromDays(3));
        var first = await (await host.Client(hasty.AdminToken.Secret).PostJsonAsync("/api/findings", finding with { Title = "Overflow in png_read_row (quick report)" }))
            .ReadAsync<SubmissionResult>();
        host.Clock.Advance(TimeSpan.FromDays(4));

        var counts = await CountsAsync(host);
        var (wrongSalt, _) = await (await carefulClient.PostJsonAsync("/api/findings", finding with { Claim = new ClaimReveal { Id = claim.Id, Salt = new string('0', 48) } }))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(["claim"], wrongSalt.Errors!.Keys);
        await (await host.Client(hasty.AdminToken.Secret).PostJsonAsync("/api/findings", finding with { Title = "Another", Claim = new ClaimReveal { Id = claim.Id, Salt = salt } }))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(counts, await CountsAsync(host));
        var revealed = await (await carefulClient.PostJsonAsync("/api/findings", finding with { Claim = new ClaimReveal { Id = claim.Id, Salt = salt } })).ReadAsync<SubmissionResult>();

        Assert.Equal(first.Items[0].CaseId, revealed.Items[0].CaseId);
        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{first.Items[0].CaseId}")).ReadAsync<CaseView>();
        Assert.Equal([careful.Organization.Id, hasty.Organization.Id], view.Attributions.Select(a => a.OrganizationId));
        Assert.Equal(claim.ClaimedAt, view.Attributions[0].ClaimedAt);
        Assert.Equal([2, 1], view.Attributions.Select(a => a.Order));
    }

    [Theory, BothProviders]
    public async Task A_viewer_can_neither_submit_nor_claim_and_nothing_is_written(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Read-only Lab", OrganizationKind.ScannerOperator);
        var (_, viewerToken) = await host.AddMemberAsync(lab.Organization.Id, MemberRole.Viewer, lab.AdminToken.Secret);
        using var viewer = host.Client(viewerToken);
        var counts = await CountsAsync(host);

        await (await viewer.PostJsonAsync("/api/findings", Overflow($"viewer/{host.Clock.NewId():N}"))).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await viewer.PostJsonAsync("/api/findings/claims", new PriorityClaimRequest { Commitment = new string('b', 64) })).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await PostSarif(host.Client(viewerToken), "{}"u8.ToArray(), "https://example.org/x")).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);

        Assert.Equal(counts, await CountsAsync(host));
    }

    [Theory, BothProviders]
    public async Task The_same_submission_sent_again_returns_the_first_result_and_creates_nothing(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Retrying Lab", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var finding = Overflow($"retry/{provider}-{host.Clock.NewId():N}");

        var first = await (await Send(client, finding, "key-1")).ReadAsync<SubmissionResult>();
        var counts = await CountsAsync(host);
        var byKey = await (await Send(client, finding, "key-1")).ReadAsync<SubmissionResult>();
        var byContent = await (await Send(client, finding, null)).ReadAsync<SubmissionResult>();
        await (await Send(client, finding with { Title = "Something else entirely" }, "key-1")).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.IdempotencyKeyReused);

        Assert.False(first.Replayed);
        Assert.True(byKey.Replayed);
        Assert.True(byContent.Replayed);
        Assert.Equal(first.SubmissionId, byKey.SubmissionId);
        Assert.Equal(first.Items, byContent.Items);
        Assert.Equal(counts, await CountsAsync(host));

        // The same finding inside another request is not taken twice either.
        var inBatch = await (await client.PostJsonAsync("/api/findings/batch", new FindingBatch { Findings = [finding, Overflow($"other/{host.Clock.NewId():N}")] })).ReadAsync<SubmissionResult>();
        Assert.Equal([IntakeOutcome.AlreadySubmitted, IntakeOutcome.NewCase], inBatch.Items.Select(i => i.Outcome));
        Assert.Equal(first.Items[0].FindingId, inBatch.Items[0].FindingId);
    }

    [Theory, BothProviders]
    public async Task A_batch_with_bad_findings_is_refused_whole_naming_each_bad_one_and_writes_nothing(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Sloppy Lab", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var good = Overflow($"good/{host.Clock.NewId():N}");
        var counts = await CountsAsync(host);

        var (problem, _) = await (await client.PostJsonAsync("/api/findings/batch", new FindingBatch
        {
            Findings =
            [
                good,
                good with { Target = new FindingTarget { Purl = "pkg:npm/left-pad" } },
                good with { CvssVector = "CVSS:3.1/AV:X", Tlp = TlpLabel.Red },
                good with { Campaign = Guid.CreateVersion7(DateTimeOffset.UnixEpoch), Evidence = [new EvidenceFile { Name = "poc.bin", ContentBase64 = "not base64!" }] },
                good with { Target = new FindingTarget { Purl = "pkg:npm/x@1", Product = "Acme Widget 2" } },
            ],
        })).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        Assert.Equal(
            ["findings[1].target.purl", "findings[2].cvssVector", "findings[2].tlp", "findings[3].campaign", "findings[3].evidence[0].contentBase64", "findings[4].target"],
            problem.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(counts, await CountsAsync(host));
    }

    [Theory, BothProviders]
    public async Task Evidence_is_stored_once_by_its_hash_encrypted_and_an_oversized_file_is_refused(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Evidence Lab", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var poc = "crash input that writes past the row buffer"u8.ToArray();
        var evidence = new EvidenceFile { Name = "poc.png", MediaType = "image/png", ContentBase64 = Convert.ToBase64String(poc) };

        var result = await (await client.PostJsonAsync("/api/findings", Overflow($"evidence/{host.Clock.NewId():N}") with { Evidence = [evidence] })).ReadAsync<SubmissionResult>();
        await (await client.PostJsonAsync("/api/findings", Overflow($"evidence/{host.Clock.NewId():N}") with
        {
            Evidence = [new EvidenceFile { Name = "huge.bin", ContentBase64 = Convert.ToBase64String(new byte[10 * 1024 * 1024 + 1]) }],
        })).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        await using var db = host.OpenDatabase();
        var findingId = FindingId.From(result.Items[0].FindingId);
        var named = await db.Set<FindingEvidence>().SingleAsync(e => e.FindingId == findingId);
        var blob = await db.Set<EvidenceBlob>().SingleAsync(b => b.Sha256 == named.Sha256);
        Assert.Equal(EvidenceVault.Address(poc), blob.Sha256);
        Assert.False(blob.Ciphertext.AsSpan().SequenceEqual(poc));
        Assert.Equal(poc, host.Services.GetRequiredService<EvidenceVault>().Open(blob));
        blob.Ciphertext[0] ^= 1;
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => host.Services.GetRequiredService<EvidenceVault>().Open(blob));
    }

    [Theory, BothProviders]
    public async Task A_real_SARIF_log_is_taken_as_findings_and_a_second_reporter_of_the_same_log_corroborates_every_case(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var first = await host.EnrolAsync("SARIF Lab", OrganizationKind.ScannerOperator);
        var second = await host.EnrolAsync("Second SARIF Lab", OrganizationKind.ScannerOperator);
        var log = await File.ReadAllBytesAsync(TestData.Path("sarif", "pixee-codemodder-java", "core-codemods", "src", "test", "resources", "webgoat_v8.2.2_codeql.sarif"));
        var target = $"https://github.com/example/webgoat-{provider}-{host.Clock.NewId():N}";

        var taken = await (await PostSarif(host.Client(first.AdminToken.Secret), log, target)).ReadAsync<SubmissionResult>();
        var again = await (await PostSarif(host.Client(first.AdminToken.Secret), log, target)).ReadAsync<SubmissionResult>();
        var corroborated = await (await PostSarif(host.Client(second.AdminToken.Secret), log, target)).ReadAsync<SubmissionResult>();

        Assert.Equal("sarif", taken.Format);
        Assert.True(taken.Items.Count > 10);
        Assert.Equal(taken.Items.Count, taken.NewCases + taken.JoinedCases);
        Assert.True(again.Replayed);
        Assert.Equal(taken.Items.Count, corroborated.JoinedCases);
        Assert.Equal(["exact"], corroborated.Items.Select(i => i.MatchedBy).Distinct());
        Assert.Equal(taken.Items.Select(i => i.CaseId), corroborated.Items.Select(i => i.CaseId));

        await (await PostSarif(host.Client(first.AdminToken.Secret), "{\"version\": \"2.1.0\", \"runs\": [ {\"results\": 7} ]}"u8.ToArray(), target))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        await (await PostSarif(host.Client(first.AdminToken.Secret), log, null)).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Concurrent_reports_of_one_bug_by_many_reporters_open_exactly_one_case_on_PostgreSQL()
    {
        var host = await hosts.For(DatabaseProvider.Postgres);
        var package = $"race/{host.Clock.NewId():N}";
        var labs = new List<EnrolmentView>();
        for (var i = 0; i < 6; i++)
        {
            labs.Add(await host.EnrolAsync($"Racing Lab {i}", OrganizationKind.ScannerOperator));
        }

        var results = await Task.WhenAll(labs.Select(async lab =>
        {
            using var client = host.Client(lab.AdminToken.Secret);
            return await (await client.PostJsonAsync("/api/findings", Overflow(package))).ReadAsync<SubmissionResult>();
        }));

        var caseIds = results.Select(r => r.Items[0].CaseId).Distinct().ToList();
        var only = Assert.Single(caseIds);
        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{only}")).ReadAsync<CaseView>();
        Assert.Equal(6, view.Reporters);
        Assert.Equal([1, 2, 3, 4, 5, 6], view.Attributions.Select(a => a.Order));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, FindingSubmission finding, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/findings") { Content = Wire.Json(System.Text.Json.JsonSerializer.Serialize(finding, Contracts.ContractJson.Options)) };
        if (key is not null)
        {
            request.Headers.Add(SubmitFindings.IdempotencyKeyHeader, key);
        }

        return client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostSarif(HttpClient client, byte[] log, string? target)
    {
        using (client)
        {
            var content = new ByteArrayContent(log);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/sarif+json");
            return await client.PostAsync("/api/findings/sarif" + (target is null ? "" : "?target=" + Uri.EscapeDataString(target)), content);
        }
    }

    private static async Task<(int Cases, int Findings, int Keys, int Submissions, int Audit)> CountsAsync(ClearinghouseHost host)
    {
        await using var db = host.OpenDatabase();
        return (await db.Set<VulnerabilityCase>().CountAsync(), await db.Set<Finding>().CountAsync(), await db.Set<FindingKey>().CountAsync(),
            await db.Set<Submission>().CountAsync(), await db.AuditEntries.CountAsync());
    }
}
