namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>feeds import</c>: a file, a folder, or a URL served by a loopback peer, uploaded into the real host's knowledge base.</summary>
public sealed class FeedsImportCommandTests(StaffHost staff) : IClassFixture<StaffHost>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("feeds-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Osv(string id, string package) => $$"""
        {"id": "{{id}}", "modified": "2024-01-01T00:00:00Z",
         "affected": [{"package": {"ecosystem": "npm", "name": "{{package}}"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}]}]}
        """;

    [Fact]
    public async Task A_folder_is_imported_file_by_file_a_non_advisory_is_named_and_a_second_run_changes_nothing()
    {
        var feeds = Directory.CreateDirectory(Path.Combine(folder, "feeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(feeds, "GHSA-cli1-0000-0001.json"), Osv("GHSA-cli1-0000-0001", "cli-left-pad"));
        Directory.CreateDirectory(Path.Combine(feeds, "more"));
        await File.WriteAllTextAsync(Path.Combine(feeds, "more", "GHSA-cli1-0000-0002.json"), Osv("GHSA-cli1-0000-0002", "cli-right-pad"));
        await File.WriteAllTextAsync(Path.Combine(feeds, "notes.json"), """{"hello": "world"}""");
        await File.WriteAllTextAsync(Path.Combine(feeds, "README.md"), "not imported");

        var first = (await staff.AsStaff.RunAsync("feeds", "import", feeds, "--json")).Expect(ExitCodes.Usage).Json();
        Assert.Equal(3, first.GetProperty("files").GetArrayLength());
        Assert.Equal(2, first.GetProperty("added").GetInt32());
        Assert.Equal(1, first.GetProperty("refused").GetInt32());
        var refused = Assert.Single(first.GetProperty("files").EnumerateArray(), f => f.GetProperty("refused").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.EndsWith("notes.json", refused.GetProperty("source").GetString(), StringComparison.Ordinal);

        var again = (await staff.AsStaff.RunAsync("feeds", "import", Path.Combine(feeds, "GHSA-cli1-0000-0001.json"), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal((0, 1), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        var human = (await staff.AsStaff.RunAsync("feeds", "import", Path.Combine(feeds, "more"))).Expect(ExitCodes.Ok);
        Assert.Contains("1 file(s), 1 document(s): 0 added, 0 changed, 1 unchanged", human.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_KEV_catalog_is_downloaded_from_a_URL_and_imported_and_a_missing_one_is_a_network_error()
    {
        using var peer = FilePeer(TestData.Path("kev", "known_exploited_vulnerabilities.json"));

        var imported = (await staff.AsStaff.RunAsync("feeds", "import", peer.Url + "known_exploited_vulnerabilities.json", "--json")).Expect(ExitCodes.Ok).Json();

        var file = Assert.Single(imported.GetProperty("files").EnumerateArray());
        Assert.Equal(1, file.GetProperty("result").GetProperty("documents").GetInt32());
        Assert.True(imported.GetProperty("added").GetInt32() + imported.GetProperty("unchanged").GetInt32() == 1);
        var missing = (await staff.AsStaff.RunAsync("feeds", "import", peer.Url + "missing.json")).Expect(ExitCodes.ServerOrNetwork);
        Assert.Contains("404", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_clearinghouse_analysts_import_and_a_path_that_does_not_exist_is_a_usage_error()
    {
        var file = Path.Combine(folder, "GHSA-cli3-0000-0001.json");
        await File.WriteAllTextAsync(file, Osv("GHSA-cli3-0000-0001", "cli-pad"));
        var hospital = await staff.EnrolOperatorAsync();

        var refused = (await staff.As(hospital.AdminToken).RunAsync("feeds", "import", file)).Expect(ExitCodes.No);
        Assert.Contains("analysts", refused.Error, StringComparison.Ordinal);
        (await staff.AsStaff.RunAsync("feeds", "import", Path.Combine(folder, "nothing-here"))).Expect(ExitCodes.Usage);
        (await staff.AsStaff.RunAsync("feeds", "import", file, "--server", "http://127.0.0.1:" + CliRun.ClosedLoopbackPort())).Expect(ExitCodes.ServerOrNetwork);
    }

    /// <summary>A feed publisher: a loopback HTTP server with one file, answering 404 for any other path.</summary>
    private static LoopbackHttpPeer FilePeer(string file) => new("feeds", async context =>
    {
        if (context.Request.Url!.AbsolutePath.EndsWith("/" + Path.GetFileName(file), StringComparison.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    });
}
