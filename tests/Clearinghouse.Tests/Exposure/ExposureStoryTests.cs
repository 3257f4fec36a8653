using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Exposure;

/// <summary>
/// The story of issue 7 through the real host: a rural hospital uploads its SBOM; a KEV-listed vulnerability in one of
/// its components arrives by feed import; its queue shows it first with a due date and the fix; the webhook fires once,
/// and not again after the host restarts over the same database; the hospital marks it fixed.
/// </summary>
public sealed class ExposureStoryTests
{
    private const string Sbom = """
        {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [
          {"type": "library", "group": "org.apache.logging.log4j", "name": "log4j-core", "version": "2.14.1", "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"},
          {"type": "library", "name": "left-pad", "version": "1.1.0", "purl": "pkg:npm/left-pad@1.1.0"},
          {"type": "library", "name": "lodash", "version": "4.17.21", "purl": "pkg:npm/lodash@4.17.21"}]}
        """;

    [Theory, BothProviders]
    public async Task A_rural_hospital_sees_a_new_known_exploited_vulnerability_first_is_told_once_and_marks_it_fixed(DatabaseProvider provider)
    {
        var settings = ExposureWorld.Settings();
        using var receiver = new WebhookReceiver();
        var host = new ClearinghouseHost(provider, settings);
        await host.InitializeAsync();
        var staffToken = host.StaffToken;
        var hospital = await host.EnrolAsync("Valley County Hospital", OrganizationKind.CriticalInfrastructureOperator);
        var token = hospital.AdminToken.Secret;
        string hospitalExposure;
        using (var it = host.Client(token))
        using (var staff = host.Client(staffToken))
        {
            await (await it.PostJsonAsync("/api/exposure/webhooks", new WebhookRequest { Url = receiver.Url, Secret = "hospital-webhook-secret-1" })).ReadAsync<WebhookView>(HttpStatusCode.Created);
            var ehr = await (await it.PostJsonAsync("/api/exposure/assets", new AssetRequest { Name = "EHR server", Criticality = AssetCriticality.Critical })).ReadAsync<AssetView>(HttpStatusCode.Created);
            var uploaded = await (await it.PutAsync($"/api/exposure/assets/{ehr.Id}/inventory", Body(Sbom))).ReadAsync<InventoryView>();
            Assert.Equal(3, uploaded.Components);
            Assert.Equal(0, uploaded.NewExposures);

            // A junk SBOM is refused and writes nothing.
            var junk = await it.PutAsync($"/api/exposure/assets/{ehr.Id}/inventory", Body("""{"bomFormat": "CycloneDX", "specVersion": "9.9"}"""));
            Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);

            // The feeds arrive: a minor advisory, then Log4Shell and the real KEV catalog that lists it.
            Assert.Equal(1, (await Import(staff, ExposureWorld.Minor)).NewExposures);
            Assert.Equal(1, (await Import(staff, ExposureWorld.Log4Shell)).NewExposures);
            var kev = await Import(staff, File.ReadAllText(TestData.Path("kev", "known_exploited_vulnerabilities.json")));
            Assert.Equal(0, kev.NewExposures);

            var queue = await (await it.GetAsync("/api/exposure/queue")).ReadAsync<List<ExposureView>>();
            Assert.Equal(2, queue.Count);
            var first = queue[0];
            Assert.Equal("CVE-2021-44228", first.VulnerabilityId);
            Assert.Contains("GHSA-jfh8-c2jp-5v3q", first.Aliases);
            Assert.True(first.KnownExploited);
            Assert.Equal("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", first.Component);
            Assert.Equal(["2.15.0"], first.FixedVersions);
            Assert.NotNull(first.DueDate);
            Assert.True(first.Overdue);
            Assert.Contains("known exploited", first.Reason, StringComparison.Ordinal);
            Assert.Contains("fix available: upgrade log4j-core to 2.15.0", first.Reason, StringComparison.Ordinal);
            Assert.Contains($"due {first.DueDate:yyyy-MM-dd}", first.Reason, StringComparison.Ordinal);
            Assert.Equal("CVE-2099-0001", queue[1].VulnerabilityId);
            hospitalExposure = first.Id.ToString();

            // Another organization sees none of it.
            var lab = await host.EnrolAsync("Some Lab", OrganizationKind.ScannerOperator);
            using var other = host.Client(lab.AdminToken.Secret);
            Assert.Empty(await (await other.GetAsync("/api/exposure/queue")).ReadAsync<List<ExposureView>>());
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/exposure/exposures/{first.Id}/history")).StatusCode);

            await RunJobs(host);
            Assert.Equal(2, receiver.Received.Count);
            foreach (var (body, signature, _) in receiver.Received)
            {
                Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("hospital-webhook-secret-1"u8, body)), signature);
            }

            Assert.Single(receiver.Received, r => JsonSerializer.Deserialize<ExposureEvent>(r.Body, ContractJson.Options)!.VulnerabilityId == "CVE-2021-44228");
        }

        // The host restarts over the same database; the same feeds and the same SBOM come again.
        var database = host.Database;
        await host.DisposeAsync();
        await using var restarted = new ClearinghouseHost(provider, settings, database);
        using (var it = restarted.Client(token))
        using (var staff = restarted.Client(staffToken))
        {
            var again = await Import(staff, ExposureWorld.Log4Shell);
            Assert.Equal(1, again.Unchanged);
            Assert.Equal(0, again.NewExposures);
            var assets = await (await it.GetAsync("/api/exposure/assets")).ReadAsync<List<AssetView>>();
            var reuploaded = await (await it.PutAsync($"/api/exposure/assets/{Assert.Single(assets).Id}/inventory", Body(Sbom))).ReadAsync<InventoryView>();
            Assert.Equal(2, reuploaded.Version);
            Assert.Equal(0, reuploaded.NewExposures);
            await RunJobs(restarted);
            Assert.Equal(2, receiver.Received.Count);

            restarted.Clock.Advance(TimeSpan.FromDays(2));
            var history = await (await it.PostJsonAsync($"/api/exposure/exposures/{hospitalExposure}/status",
                new ExposureStatusRequest { Status = ExposureStatus.Fixed, Note = "upgraded log4j-core to 2.17.1" })).ReadAsync<List<ExposureStatusChangeView>>();
            Assert.Equal([ExposureStatus.Affected, ExposureStatus.Fixed], history.Select(h => h.Status));
            var queue = await (await it.GetAsync("/api/exposure/queue")).ReadAsync<List<ExposureView>>();
            Assert.Equal("CVE-2099-0001", Assert.Single(queue).VulnerabilityId);

            var refused = await it.PostJsonAsync($"/api/exposure/exposures/{queue[0].Id}/status", new ExposureStatusRequest { Status = ExposureStatus.NotAffected });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }
    }

    private static Task<FeedImportView> Import(HttpClient staff, string document) => ExposureWorld.ImportAsync(staff, document);

    private static ByteArrayContent Body(string text) => ExposureWorld.Body(text);

    private static Task RunJobs(ClearinghouseHost host) => ExposureWorld.RunJobsAsync(host);
}
