using System.Net;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Scans;

/// <summary>Every Scans endpoint that changes state, called once for the audit convention test (EndpointConventionTests).</summary>
internal static class ScanAuditExercise
{
    public static async Task RunAsync(ClearinghouseHost host, HttpClient staff, HttpClient admin, DatabaseProvider provider, Func<string, string[], Task> grew)
    {
        var domain = $"audited-{provider.ToString().ToLowerInvariant()}-{host.Clock.NewId():N}.example";
        var asset = await (await admin.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = domain })).ReadAsync<AssetView>(HttpStatusCode.Created);
        await grew("RegisterScanAsset", ["scan-asset.registered"]);
        host.Challenges.PublishPage(asset.Challenge!.Url!, asset.Challenge.Token);
        await (await admin.PostJsonAsync($"/api/scans/assets/{asset.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.HttpWellKnown })).ReadAsync<AssetView>();
        await grew("VerifyScanAsset", ["scan-asset.verified"]);
        await (await staff.PostJsonAsync($"/api/scans/assets/{asset.Id}/decision", new AssetDecisionRequest { Confirm = true, Note = "audited" })).ReadAsync<AssetView>();
        await grew("DecideScanAsset", ["scan-asset.confirmed"]);

        var now = host.Clock.GetUtcNow();
        var consent = await (await admin.PostJsonAsync("/api/scans/consents", new GrantConsentRequest
        {
            AssetId = asset.Id, GranteeOrganizationId = host.Staff.Organization.Id, Techniques = [ScanTechnique.DynamicTesting], ValidFrom = now, ValidUntil = now.AddDays(1),
        })).ReadAsync<ConsentView>(HttpStatusCode.Created);
        await grew("GrantScanConsent", ["scan-consent.granted"]);
        await (await admin.DeleteAsync($"/api/scans/consents/{consent.Id}")).ReadAsync<ConsentView>();
        await grew("RevokeScanConsent", ["scan-consent.revoked"]);

        var blackout = await (await admin.PostJsonAsync("/api/scans/blackouts", new DeclareBlackoutRequest
        {
            TimeZone = "Europe/Paris", Recurrence = BlackoutRecurrence.Once, Start = "2026-12-24T18:00", End = "2026-12-26T08:00", Reason = "holidays",
        })).ReadAsync<BlackoutView>(HttpStatusCode.Created);
        await grew("DeclareScanBlackout", ["scan-blackout.declared"]);
        await (await admin.DeleteAsync($"/api/scans/blackouts/{blackout.Id}")).ReadAsync<BlackoutView>();
        await grew("LiftScanBlackout", ["scan-blackout.lifted"]);

        var request = ScanStoryTests.Campaign("Audited", [$"pkg:npm/audited-{host.Clock.NewId():N}@1.0.0"], ScanTechnique.StaticAnalysis, now, now.AddDays(1));
        await (await admin.PostJsonAsync("/api/scans/campaigns/plan", request)).ReadAsync<CampaignPlanResult>();
        await grew("PlanScanCampaign", ["scan-campaign.planned"]);
        var campaign = await (await admin.PostJsonAsync("/api/scans/campaigns", request)).ReadAsync<CampaignRegistration>(HttpStatusCode.Created);
        await grew("RegisterScanCampaign", ["scan-campaign.registered"]);
        await (await admin.PostJsonAsync($"/api/scans/campaigns/{campaign.Campaign.Id}/coverage", new CoverageReport
        {
            Items = [new CoverageItem { Target = request.Targets[0], Tool = "audited-analyser" }],
        })).ReadAsync<List<CoverageView>>(HttpStatusCode.Created);
        await grew("ReportScanCoverage", ["scan-coverage.reported"]);
        await (await admin.PostAsync($"/api/scans/campaigns/{campaign.Campaign.Id}/cancel", null)).ReadAsync<CampaignView>();
        await grew("CancelScanCampaign", ["scan-campaign.cancelled"]);
    }
}
