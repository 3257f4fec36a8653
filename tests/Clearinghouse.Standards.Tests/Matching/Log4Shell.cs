using System.Text;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Tests.Kev;

namespace Clearinghouse.Standards.Tests.Matching;

/// <summary>A GHSA-style OSV record for Log4Shell, written here, merged with the real KEV catalog's entry for its CVE.</summary>
internal static class Log4Shell
{
    public const string Record = """
        {"id": "GHSA-jfh8-c2jp-5v3q", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2021-44228"],
         "summary": "Remote code injection in Log4j",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]},
                      {"type": "ECOSYSTEM", "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.3.1"}]},
                      {"type": "ECOSYSTEM", "events": [{"introduced": "2.4"}, {"fixed": "2.12.2"}]}]}]}
        """;

    public const string Other = """
        {"id": "GHSA-0000-1111-2222", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2099-0001"],
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N"}],
         "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}
        """;

    public static IReadOnlyList<FeedItem> Items(params string[] records) =>
        [.. records.SelectMany(r => FeedDocuments.Read("test.json", Encoding.UTF8.GetBytes(r)).Items)];

    public static IReadOnlyList<KnownVulnerability> Vulnerabilities() =>
        VulnerabilityCatalog.Merge(Items(Record, Other).Select(i => i.Osv!), RealKev.Load().Entries);
}
