
namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>osv affected</c> against real OSV records (PyPA YAML and Go JSON) from the shared data.</summary>
public sealed class OsvAffectedCommandTests
{
    private static readonly string Osv = Path.Combine(
        Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_DATA") is { Length: > 0 } given ? given : Path.Combine(NodePeer.RepositoryRoot(), "..", "shared", "data"),
        "osv");

    private static readonly string Drf = Path.Combine(Osv, "pypa-advisory-database", "vulns", "djangorestframework", "PYSEC-2020-263.yaml");

    [Theory]
    [InlineData("pkg:pypi/djangorestframework@3.10.0", ExitCodes.Ok, "is affected")]
    [InlineData("pkg:pypi/djangorestframework@3.11.2", ExitCodes.No, "is not affected")]
    [InlineData("pkg:pypi/djangorestframework@3.12.4", ExitCodes.No, "is not affected")]
    [InlineData("pkg:pypi/requests@2.0.0", ExitCodes.No, "is not affected")]
    public async Task A_version_is_affected_or_not_as_the_record_says_and_the_exit_code_tells_a_script(string purl, int exitCode, string says)
    {
        var outcome = (await CliRun.Plain("osv", "affected", "--record", Drf, purl)).Expect(exitCode);

        Assert.Contains(says, outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_answer_names_the_range_and_event_that_decided_it()
    {
        var record = Directory.EnumerateFiles(Path.Combine(Osv, "golang-vulndb"), "GO-2022-0*.json", SearchOption.AllDirectories)
            .Select(path => (path, text: File.ReadAllText(path)))
            .First(f => f.text.Contains("\"fixed\"", StringComparison.Ordinal) && f.text.Contains("\"introduced\": \"0\"", StringComparison.Ordinal));
        using var document = System.Text.Json.JsonDocument.Parse(record.text);
        var affected = document.RootElement.GetProperty("affected")[0];
        var name = affected.GetProperty("package").GetProperty("name").GetString()!;
        var purl = $"pkg:golang/{name}@v0.0.0-20000101000000-000000000000";

        var json = (await CliRun.Plain("osv", "affected", "--record", record.path, purl, "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("affected", json.GetProperty("outcome").GetString());
        Assert.Equal("Go", json.GetProperty("ecosystem").GetString());
        Assert.StartsWith("SEMVER", json.GetProperty("range").GetString(), StringComparison.Ordinal);
        Assert.Equal("Introduced 0", json.GetProperty("event").GetString());
    }

    [Theory]
    [InlineData("pkg:pypi/djangorestframework", "needs a version")]
    [InlineData("not-a-purl", "Not a package URL")]
    [InlineData("pkg:swift/github.com/x/y@1.0.0", "OSV has no ecosystem for purl type 'swift'")]
    public async Task Bad_input_exits_2_with_the_reason(string purl, string message)
    {
        var outcome = (await CliRun.Plain("osv", "affected", "--record", Drf, purl)).Expect(ExitCodes.Usage);

        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_OSV_record_exits_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-osv-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(file, "[1, 2");
        try
        {
            var outcome = (await CliRun.Plain("osv", "affected", "--record", file, "pkg:pypi/x@1.0")).Expect(ExitCodes.Usage);
            Assert.Contains("is not an OSV record", outcome.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
