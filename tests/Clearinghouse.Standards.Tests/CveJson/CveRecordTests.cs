using System.Text;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.CveJson;

namespace Clearinghouse.Standards.Tests.CveJson;

public sealed class CveRecordTests
{
    private const string Minimal = """
        {"dataType":"CVE_RECORD","dataVersion":"5.1",
         "cveMetadata":{"cveId":"CVE-2024-0001","assignerOrgId":"8254265b-2729-46b6-b9e3-3dfca2d5bfca","state":"PUBLISHED"},
         "containers":{"cna":{"providerMetadata":{"orgId":"8254265b-2729-46b6-b9e3-3dfca2d5bfca"},
           "descriptions":[{"lang":"en","value":"A flaw."}],
           "affected":[
             {"vendor":"Acme","product":"Widget","defaultStatus":"unaffected","versions":[
               {"version":"1.0","lessThan":"1.4.2","versionType":"semver","status":"affected","changes":[{"at":"1.2.7","status":"unaffected"}]},
               {"version":"2.0","status":"broken"}]},
             {"collectionURL":"https://pypi.org","packageName":"widget","defaultStatus":"sometimes","x_note":{"a":[1,2]}}],
           "problemTypes":[{"descriptions":[{"lang":"en","description":"CWE-79 XSS","cweId":"CWE-79","type":"CWE"}]}],
           "references":[{"url":"https://example.com/a","tags":["patch"]},{"name":"no url"}],
           "metrics":[{"format":"CVSS","scenarios":[{"lang":"en","value":"GENERAL"}],
             "cvssV3_1":{"version":"3.1","vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","baseScore":9.8,"baseSeverity":"CRITICAL"},
             "cvssV4_0":{"version":"4.0","vectorString":"CVSS:4.0/AV:N","baseScore":1.0,"baseSeverity":"LOW"}}]}}}
        """;

    [Fact]
    public void A_bad_list_entry_is_left_out_with_its_pointer_and_the_rest_of_the_record_is_kept()
    {
        var result = CveRecord.Parse(Encoding.UTF8.GetBytes(Minimal));
        Assert.True(result.Succeeded);
        var record = result.Value;
        Assert.Equal(
            [
                "/containers/cna/affected/0/versions/1: left out: /containers/cna/affected/0/versions/1/status: 'broken' is not affected, unaffected or unknown",
                "/containers/cna/affected/1/defaultStatus: 'sometimes' is not affected, unaffected or unknown",
                "/containers/cna/references/1: left out: /containers/cna/references/1/url: missing",
                "/containers/cna/metrics/0/cvssV4_0/vectorString: not a valid CVSS vector: " + Error("CVSS:4.0/AV:N"),
            ],
            result.Diagnostics.Select(d => d.ToString()));
        var version = Assert.Single(record.Cna.Affected[0].Versions);
        Assert.Equal(new CveVersion("1.0", CveVersionStatus.Affected, "1.4.2", null, "semver", version.Changes), version);
        Assert.Equal(new CveVersionChange("1.2.7", CveVersionStatus.Unaffected), Assert.Single(version.Changes));
        Assert.Null(record.Cna.Affected[1].DefaultStatus);
        Assert.Equal("""{"a":[1,2]}""", record.Cna.Affected[1].Other["x_note"]);
        Assert.Equal("CWE-79", Assert.Single(record.Cna.ProblemTypes).CweId);
        var metric = Assert.Single(record.Cna.Metrics);
        Assert.Equal(9.8m, metric.Cvss.Single(c => c.Member == "cvssV3_1").BaseScore);
        Assert.Equal(CvssVersion.V31, metric.Cvss.Single(c => c.Member == "cvssV3_1").Vector?.Version);
        Assert.Null(metric.Cvss.Single(c => c.Member == "cvssV4_0").Vector);
    }

    [Fact]
    public void The_writer_keeps_unread_members_and_cvss_objects_exactly()
    {
        var record = CveRecord.Parse(Encoding.UTF8.GetBytes(Minimal)).Value!;
        var json = record.ToJson();
        Assert.Contains("\"x_note\":{\"a\":[1,2]}", json, StringComparison.Ordinal);
        Assert.Contains("\"cvssV3_1\":{\"version\":\"3.1\",\"vectorString\":\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\",\"baseScore\":9.8,\"baseSeverity\":\"CRITICAL\"}", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"dataType\":\"CVE_RECORD\",\"dataVersion\":\"5.1\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_read_from_equal_JSON_are_equal_and_a_changed_version_range_is_not()
    {
        var a = CveRecord.Parse(Encoding.UTF8.GetBytes(Minimal)).Value!;
        var b = CveRecord.Parse(Encoding.UTF8.GetBytes(Minimal)).Value!;
        var c = CveRecord.Parse(Encoding.UTF8.GetBytes(Minimal.Replace("1.4.2", "1.4.3", StringComparison.Ordinal))).Value!;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData("[]", "(document): a CVE record must be an object, not an array")]
    [InlineData("""{"dataType":"CVE_RECORD","dataVersion":"5.1","containers":{"cna":{}}}""", "/cveMetadata: missing")]
    [InlineData("""{"dataType":"CVE_RECORD","dataVersion":"5.1","cveMetadata":{"cveId":"CVE-2024-1","assignerOrgId":"x","state":"PUBLISHED"},"containers":{}}""", "/containers/cna: missing")]
    [InlineData("{\"dataType\":", "line 1, byte 13")]
    public void A_document_that_is_not_a_CVE_record_gives_no_record_and_says_why(string json, string expected)
    {
        var result = CveRecord.Parse(Encoding.UTF8.GetBytes(json));
        Assert.False(result.Succeeded);
        Assert.StartsWith(expected, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    private static string Error(string vector)
    {
        Assert.False(CvssVector.TryParse(vector, out _, out var error));
        return error.ToString();
    }
}
