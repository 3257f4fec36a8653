using System.Globalization;
using System.Net;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Scans;

/// <summary>Two servers on one PostgreSQL database: each keeps its own registry, and catches up from the audit trail.</summary>
public sealed class ScanMultipleServersTests
{
    [Fact]
    public async Task A_consent_revoked_through_one_server_refuses_the_next_check_in_on_the_other()
    {
        await using var a = new ClearinghouseHost(DatabaseProvider.Postgres);
        await a.InitializeAsync();
        await using var b = new ClearinghouseHost(DatabaseProvider.Postgres, database: a.Database);
        var hospital = await a.EnrolAsync("Hospital", OrganizationKind.CriticalInfrastructureOperator);
        var lab = await a.EnrolAsync("Lab", OrganizationKind.AiDeveloper);
        using var hospitalOnA = a.Client(hospital.AdminToken.Secret);
        using var staffOnA = a.Client(a.StaffToken);
        using var labOnA = a.Client(lab.AdminToken.Secret);
        using var labOnB = b.Client(lab.AdminToken.Secret);
        var monday = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

        var asset = await (await hospitalOnA.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = "192.0.2.0/24" })).ReadAsync<AssetView>(HttpStatusCode.Created);
        await (await staffOnA.PostJsonAsync($"/api/scans/assets/{asset.Id}/decision", new AssetDecisionRequest { Confirm = true, Note = "RIR record" })).ReadAsync<AssetView>();
        var consent = await (await hospitalOnA.PostJsonAsync("/api/scans/consents", new GrantConsentRequest
        {
            AssetId = asset.Id, GranteeOrganizationId = lab.Organization.Id, Techniques = [ScanTechnique.AgenticTesting], ValidFrom = monday, ValidUntil = monday.AddDays(7),
        })).ReadAsync<ConsentView>(HttpStatusCode.Created);
        var check = $"&target=192.0.2.10&at={Uri.EscapeDataString(monday.AddHours(3).ToString("O", CultureInfo.InvariantCulture))}";

        // Server B loads its registry on first use; then a campaign registered through A is seen by B's next request.
        Assert.Equal(HttpStatusCode.NotFound, (await labOnB.GetAsync($"/api/scans/check?campaign={Guid.Empty}{check}")).StatusCode);
        var campaign = await (await labOnA.PostJsonAsync("/api/scans/campaigns", ScanStoryTests.Campaign("Agent run", ["192.0.2.0/28"], ScanTechnique.AgenticTesting, monday, monday.AddDays(2))
            with { SourceAddresses = ["198.18.0.0/28"] })).ReadAsync<CampaignRegistration>(HttpStatusCode.Created);
        Assert.True((await (await labOnB.GetAsync($"/api/scans/check?campaign={campaign.Campaign.Id}{check}")).ReadAsync<ClearanceView>()).Cleared);

        await (await hospitalOnA.DeleteAsync($"/api/scans/consents/{consent.Id}")).ReadAsync<ConsentView>();

        Assert.False((await (await labOnB.GetAsync($"/api/scans/check?campaign={campaign.Campaign.Id}{check}")).ReadAsync<ClearanceView>()).Cleared);
    }
}
