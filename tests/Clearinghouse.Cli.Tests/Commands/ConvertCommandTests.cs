using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>convert</c> over real files: each mapping writes a document its own reader takes without complaint.</summary>
public sealed class ConvertCommandTests
{
    private static readonly string Data = TestData.Root;

    private static string Osv(params string[] parts) => Path.Combine([Data, "osv", .. parts]);

    [Fact]
    public async Task An_OSV_record_converts_to_a_CVE_record_and_back_to_OSV()
    {
        var record = Osv("pypa-advisory-database", "vulns", "requests", "PYSEC-2023-74.yaml");

        var cve = (await CliRun.Plain("convert", "--to", "cve", record)).Expect(ExitCodes.Ok);
        var read = CveRecord.Parse(Encoding.UTF8.GetBytes(cve.Output));
        Assert.True(read.Succeeded && read.Diagnostics.Count == 0, string.Join("; ", read.Diagnostics));
        Assert.Equal("CVE-2023-32681", read.Value!.Metadata.CveId);

        var file = Path.Combine(Path.GetTempPath(), $"cve-{Environment.ProcessId}-{Guid.CreateVersion7(DateTimeOffset.UnixEpoch)}.json");
        await File.WriteAllTextAsync(file, cve.Output);
        try
        {
            var osv = (await CliRun.Plain("convert", "--to", "osv", file)).Expect(ExitCodes.Ok);
            Assert.True(OsvRecord.TryParse(Encoding.UTF8.GetBytes(osv.Output), out var back, out var diagnostics) && diagnostics.Count == 0);
            Assert.Equal(OsvOutcome.Affected, back.Evaluate("PyPI", "requests", "2.30.0").Outcome);
            Assert.Equal(OsvOutcome.NotAffected, back.Evaluate("PyPI", "requests", "2.31.0").Outcome);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_OSV_record_converts_to_CSAF_and_what_CSAF_cannot_carry_is_named_on_standard_error()
    {
        // A PyPI record with a GIT range beside its ECOSYSTEM range: CSAF has no form for commit ranges.
        var record = Osv("pypa-advisory-database", "vulns", "aiohttp", "PYSEC-2021-76.yaml");

        var outcome = (await CliRun.Plain("convert", "--to", "csaf", record, "--publisher", "Example CERT", "--publisher-namespace", "https://cert.example")).Expect(ExitCodes.Ok);

        var advisory = CsafReader.Read(Encoding.UTF8.GetBytes(outcome.Output));
        Assert.True(advisory.Succeeded, string.Join("; ", advisory.Diagnostics));
        Assert.Empty(CsafMandatoryTests.Run(advisory.Value));
        Assert.Equal("Example CERT", advisory.Value.Document.Publisher.Name);
        Assert.Contains("left out: /affected/0/ranges/0: a GIT range", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SARIF_log_converts_to_native_findings_on_the_named_target()
    {
        var sarif = Path.Combine(Data, "sarif", "pixee-codemodder-java", "core-codemods", "src", "test", "resources", "webgoat_v8.2.2_codeql.sarif");

        var json = (await CliRun.Plain("convert", "--to", "finding", sarif, "--target", "https://github.com/example/app", "--commit", "0123456789abcdef0123456789abcdef01234567"))
            .Expect(ExitCodes.Ok).Json();

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("https://github.com/example/app", f.GetProperty("target").GetProperty("repository").GetString()));
        Assert.Contains(findings, f => f.GetProperty("partialFingerprints").ValueKind == JsonValueKind.Object);
        Assert.Contains(findings, f => f.GetProperty("weakness").GetString() is { } cwe && cwe.StartsWith("CWE-", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal("CodeQL", f.GetProperty("foundBy").GetProperty("tool").GetString()));
    }

    [Fact]
    public async Task SARIF_without_a_target_and_a_mapping_that_does_not_exist_are_usage_errors()
    {
        var sarif = Directory.EnumerateFiles(Path.Combine(Data, "sarif"), "*.sarif", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();

        var noTarget = (await CliRun.Plain("convert", "--to", "finding", sarif)).Expect(ExitCodes.Usage);
        var noMapping = (await CliRun.Plain("convert", "--to", "csaf", sarif)).Expect(ExitCodes.Usage);

        Assert.Contains("Name what was scanned", noTarget.Error, StringComparison.Ordinal);
        Assert.Contains("No conversion from SARIF to 'csaf'", noMapping.Error, StringComparison.Ordinal);
        Assert.Equal("", noMapping.Output);
    }
}
