using System.Net;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Findings;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Findings;

/// <summary>OSV and CVE JSON 5 records taken as findings through the real host, from real published records.</summary>
public sealed class AdvisoryIntakeTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task A_real_OSV_record_becomes_a_finding_at_its_first_listed_version_and_sent_again_is_replayed(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("PyPA Reader", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var yaml = await File.ReadAllTextAsync(TestData.Path("osv", "pypa-advisory-database", "vulns", "requests", "PYSEC-2023-74.yaml"));
        Assert.True(OsvRecord.TryParseYaml(yaml, out var record, out var diagnostics), string.Join("; ", diagnostics));

        var taken = await (await client.PostAsync("/api/findings/osv?tlp=green", Wire.Json(record.ToJson()))).ReadAsync<SubmissionResult>();
        var counts = await CountsAsync(host);
        var again = await (await client.PostAsync("/api/findings/osv?tlp=green", Wire.Json(record.ToJson(indented: true)))).ReadAsync<SubmissionResult>();

        Assert.Equal("osv", taken.Format);
        var item = Assert.Single(taken.Items);
        Assert.Equal(IntakeOutcome.NewCase, item.Outcome);
        Assert.Equal("PYSEC-2023-74", item.ExternalId);
        Assert.True(again.Replayed);
        Assert.Equal(taken.SubmissionId, again.SubmissionId);
        Assert.Equal(counts, await CountsAsync(host));

        await using var db = host.OpenDatabase();
        var findingId = FindingId.From(item.FindingId);
        var finding = await db.Set<Finding>().AsNoTracking().SingleAsync(f => f.Id == findingId);
        Assert.Equal("osv", finding.Format);
        Assert.Equal(("pkg:pypi/requests@2.10.0", "2.3.0", "2.31.0"), (finding.TargetPurl, finding.Introduced, finding.Fixed));
        Assert.Equal((AdvisoryFindings.OsvTool, "CVE-2023-32681"), (finding.Tool, finding.RuleId));
        Assert.Equal("""["PYSEC-2023-74","CVE-2023-32681","GHSA-j8r2-6x86-q33q"]""", finding.Aliases);
        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{item.CaseId}")).ReadAsync<CaseView>();
        Assert.Equal("PYSEC-2023-74", view.Title);
        Assert.Contains("pkg:pypi/requests", view.Target, StringComparison.Ordinal);
        Assert.Equal(Standards.Tlp.TlpLabel.Green, view.Tlp);
    }

    [Theory, BothProviders]
    public async Task The_RustSec_record_and_the_CVE_record_of_one_vulnerability_from_two_reporters_join_one_case(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var rust = await host.EnrolAsync("RustSec Reader", OrganizationKind.ScannerOperator);
        var cna = await host.EnrolAsync("CVE Reader", OrganizationKind.ScannerOperator);
        using var rustClient = host.Client(rust.AdminToken.Secret);
        using var cnaClient = host.Client(cna.AdminToken.Secret);
        var osv = await File.ReadAllTextAsync(TestData.Path("osv", "rustsec-advisory-db-osv", "crates", "RUSTSEC-2024-0406.json"));
        var cve = await File.ReadAllTextAsync(TestData.Path("cve", "vulnrichment", "2024", "4xxx", "CVE-2024-4435.json"));

        var opened = await (await rustClient.PostAsync("/api/findings/osv", Wire.Json(osv))).ReadAsync<SubmissionResult>();
        var joined = await (await cnaClient.PostAsync("/api/findings/cve", Wire.Json(cve))).ReadAsync<SubmissionResult>();
        var counts = await CountsAsync(host);
        var again = await (await cnaClient.PostAsync("/api/findings/cve", Wire.Json(cve))).ReadAsync<SubmissionResult>();

        Assert.Equal(IntakeOutcome.NewCase, Assert.Single(opened.Items).Outcome);
        Assert.Equal("cve", joined.Format);
        var corroboration = Assert.Single(joined.Items);
        Assert.Equal(IntakeOutcome.JoinedCase, corroboration.Outcome);
        Assert.Equal("exact", corroboration.MatchedBy);
        Assert.Equal(opened.Items[0].CaseId, corroboration.CaseId);
        Assert.Equal("CVE-2024-4435", corroboration.ExternalId);
        Assert.True(again.Replayed);
        Assert.Equal(joined.Items, again.Items);
        Assert.Equal(counts, await CountsAsync(host));

        using var staff = host.Client(host.StaffToken);
        var view = await (await staff.GetAsync($"/api/cases/{corroboration.CaseId}")).ReadAsync<CaseView>();
        Assert.Equal(2, view.Reporters);
        Assert.Equal([rust.Organization.Id, cna.Organization.Id], view.Attributions.Select(a => a.OrganizationId));
        Assert.Equal("pkg:cargo/ic-stable-structures@0.6.0", view.Target);
        Assert.Equal("BTreeMap memory leak when deallocating nodes with overflows", view.Title);
        Assert.Equal("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H", view.CvssVector);
    }

    [Theory, BothProviders]
    public async Task Records_that_give_no_finding_are_refused_naming_why_and_write_nothing(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Refused Reader", OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var counts = await CountsAsync(host);

        // Go records often say only "every version before the fix": no concrete version a finding could be made on.
        var go = await File.ReadAllTextAsync(TestData.Path("osv", "golang-vulndb", "data", "osv", "GO-2023-1268.json"));
        var (unversioned, _) = await (await client.PostAsync("/api/findings/osv", Wire.Json(go))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var reason = Assert.Single(Assert.Single(unversioned.Errors!, e => e.Key == "/affected/0").Value);
        Assert.Contains("mellium.im/sasl", reason, StringComparison.Ordinal);
        Assert.Contains("no concrete affected version", reason, StringComparison.Ordinal);

        // A CNA that names a vendor and a product, not a package of an ecosystem.
        var vendor = await File.ReadAllTextAsync(TestData.Path("cve", "vulnrichment", "2010", "0xxx", "CVE-2010-0242.json"));
        var (productOnly, _) = await (await client.PostAsync("/api/findings/cve", Wire.Json(vendor))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains(productOnly.Errors!, e => e.Key.StartsWith("/containers/cna/affected", StringComparison.Ordinal) && e.Value.Any(r => r.Contains("names no package OSV knows", StringComparison.Ordinal)));

        var (notJson, _) = await (await client.PostAsync("/api/findings/osv", Wire.Json("{\"id\": "))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotEmpty(notJson.Errors!);
        var (noId, _) = await (await client.PostAsync("/api/findings/osv", Wire.Json("""{"modified": "2024-01-01T00:00:00Z", "affected": 3}"""))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("/id", noId.Errors!.Keys);
        var (notCve, _) = await (await client.PostAsync("/api/findings/cve", Wire.Json(go))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.NotEmpty(notCve.Errors!);
        var rust = await File.ReadAllTextAsync(TestData.Path("osv", "rustsec-advisory-db-osv", "crates", "RUSTSEC-2024-0406.json"));
        var (red, _) = await (await client.PostAsync("/api/findings/osv?tlp=red", Wire.Json(rust))).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(["findings[0].tlp"], red.Errors!.Keys);

        Assert.Equal(counts, await CountsAsync(host));
    }

    private static async Task<(int Cases, int Findings, int Keys, int Submissions, int Audit)> CountsAsync(ClearinghouseHost host)
    {
        await using var db = host.OpenDatabase();
        return (await db.Set<VulnerabilityCase>().CountAsync(), await db.Set<Finding>().CountAsync(), await db.Set<FindingKey>().CountAsync(),
            await db.Set<Submission>().CountAsync(), await db.AuditEntries.CountAsync());
    }
}
