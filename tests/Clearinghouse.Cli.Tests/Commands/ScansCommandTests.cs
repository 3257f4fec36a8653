using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>scans claim/plan/register/check/who-is/gaps</c> against the real host.</summary>
public sealed class ScansCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_lab_checks_in_and_a_hospital_looks_up_its_traffic_with_exit_codes_a_script_can_use()
    {
        var hospital = await staff.EnrolOperatorAsync();
        var lab = await staff.EnrolOperatorAsync();
        var claimed = (await staff.As(hospital.AdminToken).RunAsync("scans", "claim", "192.0.2.0/24", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("pending", claimed.GetProperty("status").GetString());
        var assetId = claimed.GetProperty("id").GetGuid();

        using (var http = staff.Host.Client(staff.Host.StaffToken))
        {
            (await http.PostAsJsonAsync($"/api/scans/assets/{assetId}/decision", new AssetDecisionRequest { Confirm = true, Note = "RIR record" }, ContractJson.Options)).EnsureSuccessStatusCode();
        }

        using (var http = staff.Host.Client(hospital.AdminToken))
        {
            (await http.PostAsJsonAsync("/api/scans/consents", new GrantConsentRequest
            {
                AssetId = assetId, GranteeOrganizationId = lab.Id, Techniques = [ScanTechnique.NetworkScanning], ValidFrom = Monday, ValidUntil = Monday.AddDays(7),
            }, ContractJson.Options)).EnsureSuccessStatusCode();
        }

        var file = Path.Combine(Path.GetTempPath(), $"campaign-{Environment.ProcessId}-{Path.GetRandomFileName()}.json");
        await File.WriteAllTextAsync(file, """
            { "name": "Perimeter scan", "targets": ["192.0.2.0/26"], "technique": "network-scanning",
              "startsAt": "2026-11-23T00:00:00Z", "endsAt": "2026-11-25T00:00:00Z",
              "sourceAddresses": ["2001:db8:51::/48"], "maxRequestsPerSecond": 20, "contact": "+1 555 0100 (lab SOC)" }
            """);
        var plan = (await staff.As(lab.AdminToken).RunAsync("scans", "plan", file, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.True(plan.GetProperty("wouldRegister").GetBoolean());
        var campaign = (await staff.As(lab.AdminToken).RunAsync("scans", "register", file, "--json")).Expect(ExitCodes.Ok).Json()
            .GetProperty("campaign").GetProperty("id").GetString()!;

        var cleared = (await staff.As(lab.AdminToken).RunAsync("scans", "check", "192.0.2.9", "--campaign", campaign, "--at", "2026-11-23T10:00:00Z")).Expect(ExitCodes.Ok);
        Assert.Contains("Cleared: 192.0.2.9/32", cleared.Output, StringComparison.Ordinal);
        var refused = (await staff.As(lab.AdminToken).RunAsync("scans", "check", "192.0.2.200", "--campaign", campaign, "--at", "2026-11-23T10:00:00Z")).Expect(ExitCodes.No);
        Assert.Contains("not among the campaign's targets", refused.Output, StringComparison.Ordinal);

        var found = (await staff.As(hospital.AdminToken).RunAsync("scans", "who-is", "2001:db8:51::7", "--at", "2026-11-23T10:00:00Z")).Expect(ExitCodes.Ok);
        Assert.Contains("Authorized: campaign " + campaign, found.Output, StringComparison.Ordinal);
        Assert.Contains("+1 555 0100 (lab SOC)", found.Output, StringComparison.Ordinal);
        var json = (await staff.As(hospital.AdminToken).RunAsync("scans", "who-is", "2001:db8:51::7", "--at", "2026-11-23T10:00:00Z", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(lab.Name, json.GetProperty("matches")[0].GetProperty("organization").GetString());
        (await staff.As(hospital.AdminToken).RunAsync("scans", "who-is", "2001:db8:52::7", "--at", "2026-11-23T10:00:00Z")).Expect(ExitCodes.No);
        (await staff.As(hospital.AdminToken).RunAsync("scans", "who-is", "not-an-address")).Expect(ExitCodes.Usage);

        var gaps = (await staff.As(lab.AdminToken).RunAsync("scans", "gaps", "--technique", "static-analysis", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("exposure inventories", gaps.GetProperty("exposureSource").GetString());
    }

    [Fact]
    public async Task A_campaign_file_that_is_not_a_campaign_is_a_usage_error()
    {
        var lab = await staff.EnrolOperatorAsync();
        var file = Path.Combine(Path.GetTempPath(), $"campaign-{Environment.ProcessId}-{Path.GetRandomFileName()}.json");
        await File.WriteAllTextAsync(file, """{ "name": "x" """);

        (await staff.As(lab.AdminToken).RunAsync("scans", "register", file)).Expect(ExitCodes.Usage);
        (await staff.As(lab.AdminToken).RunAsync("scans", "plan", file + ".missing")).Expect(ExitCodes.Usage);
    }
}
