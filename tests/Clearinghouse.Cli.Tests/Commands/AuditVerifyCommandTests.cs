using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary>
/// <c>audit verify</c> against a database with real activity, then against the same kind of database after an attacker
/// with write access to it dropped the append-only triggers and edited the trail.
/// </summary>
public sealed partial class AuditVerifyCommandTests
{
    [Theory, BothProviders]
    public async Task Verify_of_an_untouched_chain_exits_0_and_prints_the_head(DatabaseProvider provider)
    {
        var (target, entries, _, _) = await DatabaseWithActivityAsync(provider);

        var human = (await Verify(target)).Expect(ExitCodes.Ok);
        var json = (await Verify(target, "--json")).Expect(ExitCodes.Ok).Json();

        var head = HeadPattern().Match(human.Output);
        Assert.True(head.Success, human.Output);
        Assert.Contains($"Intact: {entries} entries.", human.Output, StringComparison.Ordinal);
        Assert.Equal(entries, long.Parse(head.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.True(json.GetProperty("intact").GetBoolean());
        Assert.Equal(entries, json.GetProperty("entriesChecked").GetInt64());
        Assert.Equal(entries, json.GetProperty("headSequence").GetInt64());
        Assert.Equal(head.Groups[2].Value, json.GetProperty("headHash").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("firstBadSequence").ValueKind);
        Assert.Equal(await HashOfAsync(target, entries), json.GetProperty("headHash").GetString());
    }

    [Theory, BothProviders]
    public async Task Verify_with_the_head_it_printed_as_expect_head_exits_0(DatabaseProvider provider)
    {
        var (target, _, _, _) = await DatabaseWithActivityAsync(provider);
        var head = HeadPattern().Match((await Verify(target)).Expect(ExitCodes.Ok).Output);

        var outcome = (await Verify(target, "--expect-head", $"{head.Groups[1].Value}:{head.Groups[2].Value.ToUpperInvariant()}")).Expect(ExitCodes.Ok);

        Assert.Contains("Intact", outcome.Output, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task An_altered_middle_entry_makes_verify_exit_1_naming_that_entry(DatabaseProvider provider)
    {
        var (target, entries, _, _) = await DatabaseWithActivityAsync(provider);
        var middle = entries / 2;

        await TamperAsync(target, $"UPDATE audit_entries SET action = 'organization.viewed' WHERE sequence = {middle}");

        var human = (await Verify(target)).Expect(ExitCodes.No);
        var json = (await Verify(target, "--json")).Expect(ExitCodes.No).Json();
        Assert.Contains($"Broken at entry {middle}:", human.Output, StringComparison.Ordinal);
        Assert.Contains("altered", human.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Head:", human.Output, StringComparison.Ordinal);
        Assert.False(json.GetProperty("intact").GetBoolean());
        Assert.Equal(middle, json.GetProperty("firstBadSequence").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("headSequence").ValueKind);
    }

    [Theory, BothProviders]
    public async Task A_deleted_middle_entry_makes_verify_exit_1_naming_the_missing_sequence(DatabaseProvider provider)
    {
        var (target, entries, _, _) = await DatabaseWithActivityAsync(provider);
        var middle = entries / 2;

        await TamperAsync(target, $"DELETE FROM audit_entries WHERE sequence = {middle}");

        var human = (await Verify(target)).Expect(ExitCodes.No);
        var json = (await Verify(target, "--json")).Expect(ExitCodes.No).Json();
        Assert.Contains($"entries {middle} to {middle} are missing", human.Output, StringComparison.Ordinal);
        Assert.False(json.GetProperty("intact").GetBoolean());
        Assert.Contains($"entries {middle} to {middle} are missing", json.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(middle, json.GetProperty("firstBadSequence").GetInt64());
    }

    [Theory, BothProviders]
    public async Task A_deleted_tail_still_verifies_as_intact_but_not_against_the_head_recorded_before(DatabaseProvider provider)
    {
        var (target, entries, _, _) = await DatabaseWithActivityAsync(provider);
        var before = (await Verify(target, "--json")).Expect(ExitCodes.Ok).Json();
        var recordedHead = $"{before.GetProperty("headSequence").GetInt64()}:{before.GetProperty("headHash").GetString()}";
        (await Verify(target, "--expect-head", recordedHead)).Expect(ExitCodes.Ok);

        await TamperAsync(target, $"DELETE FROM audit_entries WHERE sequence = {entries}");

        var plain = (await Verify(target, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.True(plain.GetProperty("intact").GetBoolean());
        Assert.Equal(entries - 1, plain.GetProperty("headSequence").GetInt64());
        var human = (await Verify(target, "--expect-head", recordedHead)).Expect(ExitCodes.No);
        Assert.Contains($"Broken at entry {entries}:", human.Output, StringComparison.Ordinal);
        Assert.Contains("no longer in the chain", human.Output, StringComparison.Ordinal);
        var json = (await Verify(target, "--expect-head", recordedHead, "--json")).Expect(ExitCodes.No).Json();
        Assert.False(json.GetProperty("intact").GetBoolean());
        Assert.Equal(entries, json.GetProperty("firstBadSequence").GetInt64());
    }

    [Fact]
    public async Task A_rewritten_tail_verifies_as_intact_but_not_against_the_head_recorded_before()
    {
        var active = await DatabaseWithActivityAsync(DatabaseProvider.Sqlite);
        var before = (await Verify(active.Target, "--json")).Expect(ExitCodes.Ok).Json();
        var recordedHead = $"{before.GetProperty("headSequence").GetInt64()}:{before.GetProperty("headHash").GetString()}";

        // Drop the last entry, then let the application append new activity: the chain is consistent again, and as long.
        await TamperAsync(active.Target, $"DELETE FROM audit_entries WHERE sequence = {active.Entries}");
        await using (var host = new ClearinghouseHost(DatabaseProvider.Sqlite, database: active.Target))
        {
            (await CliRun.Against(host, active.StaffToken).RunAsync("org", "update", active.OrganizationId, "--name", "Renamed Utility"))
                .Expect(ExitCodes.Ok);
        }

        var plain = (await Verify(active.Target, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(active.Entries, plain.GetProperty("headSequence").GetInt64());
        var outcome = (await Verify(active.Target, "--expect-head", recordedHead, "--json")).Expect(ExitCodes.No).Json();
        Assert.False(outcome.GetProperty("intact").GetBoolean());
        Assert.Equal(active.Entries, outcome.GetProperty("firstBadSequence").GetInt64());
        Assert.Contains("rewritten", outcome.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("x:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("42:abc")]
    public async Task An_expect_head_that_is_not_sequence_colon_hash_exits_2(string head)
    {
        var target = TestDatabases.Create(DatabaseProvider.Sqlite);
        (await CliRun.Plain("migrate", "--database", target.ConnectionString)).Expect(ExitCodes.Ok);

        var outcome = (await Verify(target, "--expect-head", head)).Expect(ExitCodes.Usage);

        Assert.Contains("--expect-head must be SEQUENCE:HASH", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_of_an_empty_migrated_database_is_intact_with_no_head()
    {
        var target = TestDatabases.Create(DatabaseProvider.Sqlite);
        (await CliRun.Plain("migrate", "--database", target.ConnectionString)).Expect(ExitCodes.Ok);

        var json = (await Verify(target, "--json")).Expect(ExitCodes.Ok).Json();

        Assert.True(json.GetProperty("intact").GetBoolean());
        Assert.Equal(0, json.GetProperty("entriesChecked").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("headSequence").ValueKind);
    }

    private static Task<CliOutcome> Verify(DatabaseTarget target, params string[] more) =>
        CliRun.Plain(["audit", "verify", "--database", target.ConnectionString, .. more]);

    /// <summary>
    /// <c>admin init</c> through the CLI, then a server on that database and a few participant verbs through the CLI:
    /// enrol an operator, add a member, issue and revoke a token, update the profile.
    /// </summary>
    private static async Task<ActiveDatabase> DatabaseWithActivityAsync(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);
        var init = (await CliRun.Plain("admin", "init", "--database", target.ConnectionString, "--name", "Ada", "--email", "ada@clearinghouse.example", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        var staffToken = init.GetProperty("adminToken").GetProperty("secret").GetString()!;
        string organization;
        await using (var host = new ClearinghouseHost(provider, database: target))
        {
            var staff = CliRun.Against(host, staffToken);
            var enrolled = (await staff.RunAsync("org", "enrol", "--name", "Lakeside Water", "--kind", "critical-infrastructure-operator",
                    "--sector", "water", "--size-tier", "medium", "--admin-name", "Lee", "--admin-email", "lee@lakeside.example", "--json"))
                .Expect(ExitCodes.Ok)
                .Json();
            organization = enrolled.GetProperty("organization").GetProperty("id").GetGuid().ToString();
            var admin = CliRun.Against(host, enrolled.GetProperty("adminToken").GetProperty("secret").GetString());
            var member = (await admin.RunAsync("member", "add", organization, "--name", "Ana", "--email", "ana@lakeside.example", "--role", "analyst", "--json"))
                .Expect(ExitCodes.Ok)
                .Json();
            var token = (await admin.RunAsync("token", "issue", member.GetProperty("id").GetGuid().ToString(), "--name", "ci", "--json"))
                .Expect(ExitCodes.Ok)
                .Json();
            (await admin.RunAsync("token", "revoke", token.GetProperty("token").GetProperty("id").GetGuid().ToString())).Expect(ExitCodes.Ok);
            (await admin.RunAsync("org", "update", organization, "--contact-email", "soc@lakeside.example")).Expect(ExitCodes.Ok);
        }

        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        var entries = await db.AuditEntries.LongCountAsync();
        Assert.True(entries >= 8, $"expected at least 8 audit entries of activity, found {entries}");
        return new ActiveDatabase(target, entries, staffToken, organization);
    }

    /// <summary>What an attacker with write access to the database does: drop the append-only triggers, then edit.</summary>
    private static async Task TamperAsync(DatabaseTarget target, string sql)
    {
        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        var dropTriggers = db.Provider == DatabaseProvider.Postgres
            ? "DROP TRIGGER audit_entries_no_change ON audit_entries"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete";
        await db.Database.ExecuteSqlRawAsync(dropTriggers);
        var changed = await db.Database.ExecuteSqlRawAsync(sql);
        Assert.Equal(1, changed);
    }

    private static async Task<string> HashOfAsync(DatabaseTarget target, long sequence)
    {
        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        return (await db.AuditEntries.SingleAsync(e => e.Sequence == sequence)).Hash;
    }

    private sealed record ActiveDatabase(DatabaseTarget Target, long Entries, string StaffToken, string OrganizationId);

    [GeneratedRegex("^Head: ([0-9]+):([0-9a-f]{64})  ", RegexOptions.Multiline)]
    private static partial Regex HeadPattern();
}
