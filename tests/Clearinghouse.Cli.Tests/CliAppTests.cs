namespace Clearinghouse.Cli.Tests;

/// <summary>Parsing: what the command line itself gets wrong exits 2 before anything is contacted.</summary>
public sealed class CliAppTests
{
    private static readonly string ClosedServer = $"http://127.0.0.1:{CliRun.ClosedLoopbackPort()}/";

    [Fact]
    public async Task An_unknown_verb_exits_2_naming_it()
    {
        var outcome = (await CliRun.Plain("frobnicate")).Expect(ExitCodes.Usage);

        Assert.Contains("frobnicate", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("--help", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task An_unknown_sub_verb_exits_2()
    {
        var outcome = (await CliRun.Plain("org", "frobnicate", "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("frobnicate", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("clearinghouse org --help", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_exits_2_naming_it()
    {
        var outcome = (await CliRun.Plain("org", "list", "--frobnicate", "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("--frobnicate", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("clearinghouse org list --help", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_exits_2_naming_it()
    {
        var outcome = (await CliRun.Plain("member", "add", "0193b7c4-0000-7000-8000-000000000001", "--name", "X", "--email", "x@example.org",
                "--server", ClosedServer))
            .Expect(ExitCodes.Usage);

        Assert.Contains("--role", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_of_a_local_verb_exits_2_without_touching_a_database()
    {
        var outcome = (await CliRun.Plain("admin", "init", "--database", "/nonexistent-dir/never.db", "--name", "Ada")).Expect(ExitCodes.Usage);

        Assert.Contains("--email", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/nonexistent-dir"));
    }

    [Fact]
    public async Task A_missing_argument_exits_2()
    {
        var outcome = (await CliRun.Plain("org", "show", "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("Required argument missing for command: 'show'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_exits_2()
    {
        var outcome = (await CliRun.Plain("org", "show", "mercy-general", "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("mercy-general", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_exits_2_listing_the_accepted_kinds()
    {
        var outcome = (await CliRun.Plain("org", "enrol", "--name", "Weird Org", "--kind", "weird", "--admin-name", "Pat", "--admin-email", "pat@example.org",
                "--server", ClosedServer))
            .Expect(ExitCodes.Usage);

        Assert.Contains("'weird'", outcome.Error, StringComparison.Ordinal);
        foreach (var kind in new[] { "ai-developer", "scanner-operator", "maintainer", "critical-infrastructure-operator", "federal-agency", "state-local-authority" })
        {
            Assert.Contains(kind, outcome.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("3")]
    [InlineData("99")]
    [InlineData("Maintainer")]
    public async Task A_kind_that_is_not_written_as_the_wire_contract_writes_it_exits_2(string kind)
    {
        var outcome = (await CliRun.Plain("org", "list", "--kind", kind, "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("expected one of", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_given_as_a_number_exits_2_listing_the_roles()
    {
        var outcome = (await CliRun.Plain("member", "add", "0193b7c4-0000-7000-8000-000000000001", "--name", "N", "--email", "n@example.org",
                "--role", "99", "--server", ClosedServer))
            .Expect(ExitCodes.Usage);

        Assert.Contains("'99' is not a valid MemberRole", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tlp_label_exits_2_listing_the_labels()
    {
        var outcome = (await CliRun.Plain("org", "enrol", "--name", "Org", "--kind", "maintainer", "--tlp", "TLP:PURPLE", "--admin-name", "Pat",
                "--admin-email", "pat@example.org", "--server", ClosedServer))
            .Expect(ExitCodes.Usage);

        Assert.Contains("TLP:AMBER+STRICT", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0_and_lists_the_verbs()
    {
        var outcome = (await CliRun.Plain("--help")).Expect(ExitCodes.Ok);

        foreach (var verb in new[] { "serve", "migrate", "admin", "me", "org", "member", "token", "audit" })
        {
            Assert.Matches($@"(?m)^\s+{verb}\b", outcome.Output);
        }

        Assert.Contains("Exit codes", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_of_a_verb_exits_0_and_lists_its_options()
    {
        var outcome = (await CliRun.Plain("org", "enrol", "--help")).Expect(ExitCodes.Ok);

        Assert.Contains("--kind", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("--admin-email", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Org_leave_without_yes_exits_2_before_contacting_any_server()
    {
        var outcome = (await CliRun.Plain("org", "leave", "0193b7c4-0000-7000-8000-000000000001", "--server", ClosedServer)).Expect(ExitCodes.Usage);

        Assert.Contains("--yes", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot reach", outcome.Error, StringComparison.Ordinal);
    }
}
