using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Jobs;
using Clearinghouse.Tests.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Exposure;

/// <summary>What the exposure, directive and figures tests set up alike: advisories, SBOMs, operators with assets, imports and the job worker.</summary>
internal static class ExposureWorld
{
    public const string Log4Shell = """
        {"id": "GHSA-jfh8-c2jp-5v3q", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2021-44228"],
         "summary": "Remote code injection in Log4j",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]},
                      {"type": "ECOSYSTEM", "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.3.1"}]}]}]}
        """;

    public const string Minor = """
        {"id": "GHSA-0000-1111-2222", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2099-0001"],
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N"}],
         "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}]}]}
        """;

    /// <summary>A critical vulnerability that is not in KEV.</summary>
    public const string CriticalNotKev = """
        {"id": "GHSA-3333-4444-5555", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2099-0002"],
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "npm", "name": "lodash"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.22"}]}]}]}
        """;

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Exposure:BundleKeyFile"] = Path.Combine(Path.GetTempPath(), "clearinghouse-tests", Path.GetRandomFileName() + ".pem"),
    };

    public static string Kev => File.ReadAllText(TestData.Path("kev", "known_exploited_vulnerabilities.json"));

    public static async Task<FeedImportView> ImportAsync(HttpClient staff, string document) =>
        await (await staff.PostAsync("/api/feeds/import", Body(document))).ReadAsync<FeedImportView>();

    /// <summary>Registers an asset and uploads a purl list as its inventory; returns the asset.</summary>
    public static async Task<AssetView> AssetAsync(HttpClient member, string name, bool internetExposed, params string[] purls)
    {
        var asset = await (await member.PostJsonAsync("/api/exposure/assets", new AssetRequest { Name = name, Criticality = AssetCriticality.Critical, InternetExposed = internetExposed }))
            .ReadAsync<AssetView>(HttpStatusCode.Created);
        await (await member.PutAsync($"/api/exposure/assets/{asset.Id}/inventory", Body(string.Join('\n', purls)))).ReadAsync<InventoryView>();
        return asset;
    }

    /// <summary>An operator in a sector and state (the organization's administrator sets them on its profile).</summary>
    public static async Task<EnrolmentView> OperatorAsync(ClearinghouseHost host, string name, Sector sector, string state)
    {
        var enrolled = await host.EnrolAsync(name, OrganizationKind.CriticalInfrastructureOperator);
        using var admin = host.Client(enrolled.AdminToken.Secret);
        var profile = await (await admin.PatchJsonAsync($"/api/organizations/{enrolled.Organization.Id}", new UpdateOrganizationRequest { Sector = sector, State = state }))
            .ReadAsync<OrganizationView>();
        Assert.Equal(state, profile.State);
        return enrolled;
    }

    public static ByteArrayContent Body(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task RunJobsAsync(ClearinghouseHost host)
    {
        var worker = host.Services.GetRequiredService<JobWorker>();
        while (await worker.RunDueJobsAsync(CancellationToken.None) > 0)
        {
        }
    }
}
