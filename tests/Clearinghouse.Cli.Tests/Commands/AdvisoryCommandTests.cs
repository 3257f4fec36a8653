
namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>findings submit</c> with advisory records: an OSV record in the PyPA database's YAML and a CVE JSON 5 record, against the real host.</summary>
public sealed class AdvisoryCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task An_OSV_YAML_record_is_converted_and_submitted_as_OSV_JSON_and_sent_again_is_replayed()
    {
        var lab = await staff.EnrolOperatorAsync();
        var yaml = TestData.Path("osv", "pypa-advisory-database", "vulns", "pip", "PYSEC-2023-228.yaml");

        var result = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", yaml, "--tlp", "green", "--json")).Expect(ExitCodes.Ok).Json();
        var again = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", yaml, "--tlp", "green", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("osv", result.GetProperty("format").GetString());
        var item = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal("new-case", item.GetProperty("outcome").GetString());
        Assert.Equal("PYSEC-2023-228", item.GetProperty("externalId").GetString());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        var shown = (await staff.As(lab.AdminToken).RunAsync("cases", "show", item.GetProperty("caseNumber").GetString()!, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("pkg:pypi/pip@0.2", shown.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_CVE_record_is_recognised_by_its_data_type_and_one_without_a_package_is_refused_with_exit_2()
    {
        var lab = await staff.EnrolOperatorAsync();
        var cve = TestData.Path("cve", "vulnrichment", "2024", "8xxx", "CVE-2024-8391.json");
        var vendorOnly = TestData.Path("cve", "vulnrichment", "2010", "0xxx", "CVE-2010-0242.json");

        var result = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", cve, "--json")).Expect(ExitCodes.Ok).Json();
        var refused = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", vendorOnly)).Expect(ExitCodes.Usage);

        Assert.Equal("cve", result.GetProperty("format").GetString());
        var item = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal("CVE-2024-8391", item.GetProperty("externalId").GetString());
        Assert.Contains("/containers/cna/affected", refused.Error + refused.Output, StringComparison.Ordinal);
    }
}
