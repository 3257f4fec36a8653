using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed class MigrateCommandTests
{
    [Theory, BothProviders]
    public async Task Migrate_brings_a_fresh_database_to_the_latest_schema_version_and_a_second_run_applies_nothing(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);

        var first = (await CliRun.Plain("migrate", "--database", target.ConnectionString, "--json")).Expect(ExitCodes.Ok).Json();
        var second = (await CliRun.Plain("migrate", "--database", target.ConnectionString, "--json")).Expect(ExitCodes.Ok).Json();

        var version = first.GetProperty("schemaVersion").GetInt32();
        Assert.True(version >= 1, $"schemaVersion was {version}");
        Assert.Equal(SchemaMigrations.LatestVersion(provider), version);
        Assert.Equal(SchemaMigrations.For(provider).Select(m => m.Version), first.GetProperty("applied").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Empty(second.GetProperty("applied").EnumerateArray());
        Assert.Equal(version, second.GetProperty("schemaVersion").GetInt32());
        Assert.StartsWith(provider == DatabaseProvider.Postgres ? "postgres " : "sqlite ", first.GetProperty("database").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_without_json_says_how_many_migrations_it_applied()
    {
        var target = TestDatabases.Create(DatabaseProvider.Sqlite);
        var count = SchemaMigrations.For(DatabaseProvider.Sqlite).Count;

        var first = (await CliRun.Plain("migrate", "--database", target.ConnectionString)).Expect(ExitCodes.Ok);
        var second = (await CliRun.Plain("migrate", "--database", target.ConnectionString)).Expect(ExitCodes.Ok);

        Assert.Contains($"({count} migrations applied now)", first.Output, StringComparison.Ordinal);
        Assert.Contains("(0 migrations applied now)", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_reads_the_database_from_CLEARINGHOUSE_DATABASE()
    {
        var target = TestDatabases.Create(DatabaseProvider.Sqlite);
        var cli = new CliRun(new Dictionary<string, string?> { ["CLEARINGHOUSE_DATABASE"] = target.ConnectionString });

        var json = (await cli.RunAsync("migrate", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(target.Describe(), json.GetProperty("database").GetString());
        Assert.NotEmpty(json.GetProperty("applied").EnumerateArray());
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_postgres_exits_3_and_names_the_database()
    {
        var outcome = (await CliRun.Plain("migrate", "--database", "Host=127.0.0.1;Port=1;Username=x;Database=y;Timeout=2")).Expect(ExitCodes.ServerOrNetwork);

        Assert.Contains("The database (postgres", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("failed", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Theory]
    [InlineData("Nonsense=1")]
    [InlineData("Host=127.0.0.1;Port=not-a-port")]
    [InlineData("postgres://[::1")]
    public async Task Migrate_with_a_database_setting_it_cannot_parse_exits_2_and_says_so(string setting)
    {
        var outcome = (await CliRun.Plain("migrate", "--database", setting)).Expect(ExitCodes.Usage);

        Assert.Contains("Not a database setting the clearinghouse understands", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task Migrate_to_a_sqlite_file_whose_folder_cannot_be_created_exits_3_with_a_message()
    {
        var blocker = Path.Combine(Directory.CreateTempSubdirectory("clearinghouse-cli-").FullName, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var outcome = (await CliRun.Plain("migrate", "--database", Path.Combine(blocker, "sub", "clearinghouse.db"))).Expect(ExitCodes.ServerOrNetwork);

        Assert.Contains(blocker, outcome.Error, StringComparison.Ordinal);
        Assert.StartsWith("Failed: ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Error, StringComparison.Ordinal);
    }
}
