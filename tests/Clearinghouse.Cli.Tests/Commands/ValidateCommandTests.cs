
namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>validate</c> over real files of every exchange format in the shared data, and over broken ones.</summary>
public sealed class ValidateCommandTests
{
    private static readonly string Data = TestData.Root;

    public static TheoryData<string, string> RealFiles() => new()
    {
        { Path.Combine("sbom", "cyclonedx-bom-examples", "SBOM", "laravel-7.12.0", "bom.1.4.json"), "CycloneDX" },
        { Path.Combine("sbom", "spdx-examples", "presentations", "SBOMS-SPDX-Now-and-Future", "ACME-v2.3.spdx.json"), "SPDX" },
        { Path.Combine("csaf", "oasis-csaf", "csaf_2.0", "examples", "csaf", "rhsa-2019_1862.json"), "CSAF" },
        { Path.Combine("kev", "known_exploited_vulnerabilities.json"), "KEV catalog" },
        { Path.Combine("osv", "pypa-advisory-database", "vulns", "djangorestframework", "PYSEC-2020-263.yaml"), "OSV (YAML)" },
    };

    [Theory, MemberData(nameof(RealFiles))]
    public async Task A_real_file_is_recognised_and_valid(string relative, string format)
    {
        var path = Path.Combine(Data, relative);

        var json = (await CliRun.Plain("validate", path, "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(format, json[0].GetProperty("format").GetString());
        Assert.True(json[0].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Files_of_every_format_are_checked_in_one_run_and_one_bad_file_makes_the_exit_code_1()
    {
        var cve = Directory.EnumerateFiles(Path.Combine(Data, "cve"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var sarif = Directory.EnumerateFiles(Path.Combine(Data, "sarif"), "*.sarif", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => !f.Contains("invalid", StringComparison.Ordinal));
        var osv = Directory.EnumerateFiles(Path.Combine(Data, "osv", "golang-vulndb"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(broken, File.ReadAllText(osv).Replace("\"modified\"", "\"modified\": 1, \"x\"", StringComparison.Ordinal));
        try
        {
            var outcome = (await CliRun.Plain("validate", cve, sarif, osv, broken, "--json")).Expect(ExitCodes.No);
            var reports = outcome.Json().EnumerateArray().ToList();

            Assert.Equal(["CVE JSON 5", "SARIF", "OSV", "OSV"], reports.Select(r => r.GetProperty("format").GetString()));
            Assert.Equal([true, true, true, false], reports.Select(r => r.GetProperty("valid").GetBoolean()));
            Assert.Contains(reports[3].GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("/modified", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task Text_that_is_not_json_or_json_of_no_known_format_is_reported_with_where()
    {
        var notJson = Path.Combine(Path.GetTempPath(), $"not-json-{Environment.ProcessId}.json");
        var unknown = Path.Combine(Path.GetTempPath(), $"unknown-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(notJson, "{\n  \"a\": tru\n}");
        await File.WriteAllTextAsync(unknown, "{\"hello\": \"world\"}");
        try
        {
            var outcome = (await CliRun.Plain("validate", notJson, unknown)).Expect(ExitCodes.No);

            Assert.Contains("unknown format", outcome.Output, StringComparison.Ordinal);
            Assert.Contains("line 2, byte", outcome.Output, StringComparison.Ordinal);
            Assert.Contains("not a document of a known format", outcome.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notJson);
            File.Delete(unknown);
        }
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var outcome = (await CliRun.Plain("validate", Path.Combine(Path.GetTempPath(), "no-such-file.json"))).Expect(ExitCodes.Usage);

        Assert.Contains("No such file", outcome.Error, StringComparison.Ordinal);
    }
}
