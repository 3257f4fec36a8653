using System.Text.RegularExpressions;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed partial class AdminInitCommandTests
{
    [Theory, BothProviders]
    public async Task Admin_init_on_a_fresh_database_prints_a_token_that_the_server_on_that_database_accepts(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);

        var init = (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Ada Admin", "--email", "ada@clearinghouse.example"))
            .Expect(ExitCodes.Ok);

        var token = Assert.Single(TokenPattern().Matches(init.Output)).Value;
        await using var host = new ClearinghouseHost(provider, database: target);
        var me = (await CliRun.Plain("me", "--server", host.BaseAddress.ToString(), "--token", token, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("ada@clearinghouse.example", me.GetProperty("member").GetProperty("email").GetString());
        Assert.Equal("admin", me.GetProperty("member").GetProperty("role").GetString());
        Assert.Equal("clearinghouse-staff", me.GetProperty("organization").GetProperty("kind").GetString());
    }

    [Theory, BothProviders]
    public async Task A_second_admin_init_exits_1_and_says_the_instance_is_already_initialized(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);
        (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Ada", "--email", "ada@clearinghouse.example"))
            .Expect(ExitCodes.Ok);

        var second = (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Eve", "--email", "eve@clearinghouse.example"))
            .Expect(ExitCodes.No);

        Assert.Contains("already initialized", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("chs_", second.Output, StringComparison.Ordinal);
        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        Assert.Equal(1, await db.Organizations.CountAsync());
        Assert.Equal(1, await db.Members.CountAsync());
    }

    [Theory, BothProviders]
    public async Task Admin_init_with_json_writes_the_enrolment_with_the_admin_token_secret(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);

        var json = (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Ada", "--email", "ada@clearinghouse.example",
                "--organization", "CISA clearinghouse", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();

        var secret = json.GetProperty("adminToken").GetProperty("secret").GetString();
        Assert.Matches(TokenPattern(), secret);
        Assert.Equal("CISA clearinghouse", json.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("clearinghouse-staff", json.GetProperty("organization").GetProperty("kind").GetString());
        Assert.Equal(json.GetProperty("admin").GetProperty("id").GetGuid(), json.GetProperty("adminToken").GetProperty("token").GetProperty("memberId").GetGuid());
    }

    [Theory, BothProviders]
    public async Task Admin_init_with_a_bad_email_exits_2_and_writes_nothing(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);

        var outcome = (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Ada", "--email", "not-an-address"))
            .Expect(ExitCodes.Usage);

        Assert.Contains("--email", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Admin_init_reads_the_database_from_CLEARINGHOUSE_DATABASE_when_no_option_is_given()
    {
        var target = TestDatabases.Create(DatabaseProvider.Sqlite);
        var cli = new CliRun(new Dictionary<string, string?> { ["CLEARINGHOUSE_DATABASE"] = target.ConnectionString });

        (await cli.RunAsync("admin", "init", "--name", "Ada", "--email", "ada@clearinghouse.example")).Expect(ExitCodes.Ok);

        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        Assert.Equal("ada@clearinghouse.example", (await db.Members.SingleAsync()).Email);
    }

    [GeneratedRegex("chs_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();
}
