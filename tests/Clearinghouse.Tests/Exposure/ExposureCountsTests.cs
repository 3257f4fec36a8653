using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Exposure;

/// <summary>Scans' coverage gaps ranked by the exposure data: how many organizations' current inventories use each package.</summary>
public sealed class ExposureCountsTests
{
    [Theory, BothProviders]
    public async Task Coverage_gaps_rank_packages_by_how_many_organizations_use_them_and_follow_inventory_changes(DatabaseProvider provider)
    {
        await using var host = new ClearinghouseHost(provider);
        await host.InitializeAsync();
        using var staff = host.Client(host.StaffToken);

        // Lodash in three organizations, express in two (twice in the hospital), left-pad in one.
        var hospital = await Operator(host, "Valley County Hospital");
        var ehr = await Asset(hospital, "EHR server");
        await Upload(hospital, ehr, "pkg:npm/lodash@4.17.21", "pkg:npm/express@4.18.2", "pkg:npm/left-pad@1.1.0");
        await Upload(hospital, await Asset(hospital, "Portal"), "pkg:npm/express@4.17.1");
        var bank = await Operator(host, "First Community Bank");
        var teller = await Asset(bank, "Teller system");
        await Upload(bank, teller, "pkg:npm/lodash@4.17.20", "pkg:npm/express@4.18.2");
        var utility = await Operator(host, "Lakeside Water");
        await Upload(utility, await Asset(utility, "SCADA historian"), "pkg:npm/lodash@4.17.21");

        var report = await Gaps(staff);
        Assert.Equal("exposure inventories", report.ExposureSource);
        Assert.Equal(
            [("pkg:npm/lodash", 3), ("pkg:npm/express", 2), ("pkg:npm/left-pad", 1)],
            report.Gaps.Select(g => (g.Target, g.ExposedOperators ?? -1)));

        // The hospital drops left-pad and the bank deletes its asset: the counts follow at once.
        await Upload(hospital, ehr, "pkg:npm/lodash@4.17.21", "pkg:npm/express@4.18.2");
        Assert.Equal(HttpStatusCode.NoContent, (await bank.DeleteAsync($"/api/exposure/assets/{teller}")).StatusCode);
        report = await Gaps(staff);
        Assert.Equal([("pkg:npm/lodash", 2), ("pkg:npm/express", 1)], report.Gaps.Select(g => (g.Target, g.ExposedOperators ?? -1)));
    }

    private static async Task<HttpClient> Operator(ClearinghouseHost host, string name) =>
        host.Client((await host.EnrolAsync(name, OrganizationKind.CriticalInfrastructureOperator)).AdminToken.Secret);

    private static async Task<Guid> Asset(HttpClient client, string name) =>
        (await (await client.PostJsonAsync("/api/exposure/assets", new AssetRequest { Name = name, Criticality = AssetCriticality.High })).ReadAsync<Clearinghouse.Contracts.Exposure.AssetView>(HttpStatusCode.Created)).Id;

    private static async Task Upload(HttpClient client, Guid asset, params string[] purls)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', purls)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await (await client.PutAsync($"/api/exposure/assets/{asset}/inventory", content)).ReadAsync<InventoryView>();
    }

    private static async Task<GapsReport> Gaps(HttpClient client) =>
        await (await client.GetAsync("/api/scans/gaps?technique=fuzzing")).ReadAsync<GapsReport>();
}
