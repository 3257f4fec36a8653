using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>exposure bundle</c> and <c>exposure scan</c>: an operator matches its SBOM offline against a signed bundle.</summary>
public sealed class ExposureCommandsTests : IDisposable
{
    private const string Log4Shell = """
        {"id": "GHSA-jfh8-c2jp-5v3q", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2021-44228"],
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]}]}]}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("exposure-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_bundle_made_from_local_files_matches_an_SBOM_offline_with_the_fix_and_the_due_date()
    {
        var advisories = Directory.CreateDirectory(Path.Combine(folder, "advisories")).FullName;
        await File.WriteAllTextAsync(Path.Combine(advisories, "GHSA-jfh8-c2jp-5v3q.json"), Log4Shell);
        var (bundle, key) = (Path.Combine(folder, "advisories.bundle"), Path.Combine(folder, "signing.pem"));
        (await CliRun.Plain("exposure", "bundle", "--advisories", advisories, TestData.Path("kev", "known_exploited_vulnerabilities.json"),
            "--out", bundle, "--key", key, "--tables", TestData.Path("ssvc", "data", "json", "decision_tables"))).Expect(ExitCodes.Ok);
        var sbom = Path.Combine(folder, "purls.txt");
        await File.WriteAllTextAsync(sbom, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1\npkg:maven/org.apache.logging.log4j/log4j-core@2.17.1\n");

        var scan = (await CliRun.Plain("exposure", "scan", "--sbom", sbom, "--bundle", bundle, "--key", key + ".pub", "--sector", "healthcare", "--size-tier", "small", "--criticality", "critical", "--json")).Expect(ExitCodes.No);

        using var match = JsonDocument.Parse(Assert.Single(scan.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = match.RootElement;
        Assert.Equal("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", root.GetProperty("component").GetString());
        Assert.Equal("CVE-2021-44228", root.GetProperty("vulnerability").GetString());
        Assert.Equal("GHSA-jfh8-c2jp-5v3q", root.GetProperty("aliases")[0].GetString());
        Assert.Equal("2.15.0", root.GetProperty("fixedVersions")[0].GetString());
        Assert.Equal("2021-12-17", root.GetProperty("dueDate").GetString());
        Assert.StartsWith("known exploited", root.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_changed_after_signing_is_refused_before_matching()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a.json"), Log4Shell);
        var (bundle, key) = (Path.Combine(folder, "advisories.bundle"), Path.Combine(folder, "signing.pem"));
        (await CliRun.Plain("exposure", "bundle", "--advisories", Path.Combine(folder, "a.json"), "--out", bundle, "--key", key)).Expect(ExitCodes.Ok);
        var bytes = await File.ReadAllBytesAsync(bundle);
        bytes[^3] ^= 0x40;
        await File.WriteAllBytesAsync(bundle, bytes);
        var sbom = Path.Combine(folder, "purls.txt");
        await File.WriteAllTextAsync(sbom, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1\n");

        var scan = (await CliRun.Plain("exposure", "scan", "--sbom", sbom, "--bundle", bundle, "--key", key + ".pub", "--json")).Expect(ExitCodes.Usage);

        Assert.Contains("signature", scan.Error, StringComparison.Ordinal);
        Assert.Empty(scan.Output);
    }
}
