using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary>How every remote verb maps the server's answers (and the network's failures) to exit codes and messages.</summary>
public sealed class RemoteTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task A_server_side_validation_error_exits_2_and_names_the_field_on_stderr()
    {
        var outcome = (await staff.AsStaff.RunAsync(
                "org", "enrol", "--name", staff.Unique("No Sector Utility"), "--kind", "critical-infrastructure-operator", "--size-tier", "small",
                "--admin-name", "Pat", "--admin-email", staff.Unique("pat") + "@utility.example"))
            .Expect(ExitCodes.Usage);

        Assert.Contains("(400)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("  sector: ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sizeTier", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task A_server_side_validation_error_with_json_writes_the_problem_as_json_with_its_errors()
    {
        var outcome = (await staff.AsStaff.RunAsync(
                "org", "enrol", "--name", staff.Unique("No Sector Utility"), "--kind", "critical-infrastructure-operator", "--size-tier", "small",
                "--admin-name", "Pat", "--admin-email", staff.Unique("pat") + "@utility.example", "--json"))
            .Expect(ExitCodes.Usage);

        var problem = outcome.Json();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("sector", out _));
    }

    [Fact]
    public async Task A_domain_rule_refusal_exits_2()
    {
        var outcome = (await staff.AsStaff.RunAsync(
                "org", "enrol", "--name", staff.Unique("Second Staff"), "--kind", "clearinghouse-staff",
                "--admin-name", "Pat", "--admin-email", staff.Unique("pat") + "@staff.example"))
            .Expect(ExitCodes.Usage);

        Assert.Contains("(422)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("admin init", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Org_show_of_an_id_that_does_not_exist_exits_1()
    {
        var missing = Guid.CreateVersion7(staff.Host.Clock.GetUtcNow());

        var outcome = (await staff.AsStaff.RunAsync("org", "show", missing.ToString())).Expect(ExitCodes.No);

        Assert.Contains("(404)", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task Not_found_with_json_writes_the_problem_as_json()
    {
        var missing = Guid.CreateVersion7(staff.Host.Clock.GetUtcNow());

        var problem = (await staff.AsStaff.RunAsync("org", "show", missing.ToString(), "--json")).Expect(ExitCodes.No).Json();

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.String, problem.GetProperty("detail").ValueKind);
    }

    [Fact]
    public async Task A_remote_verb_without_a_token_exits_1_as_unauthenticated()
    {
        var outcome = (await staff.As(null).RunAsync("me")).Expect(ExitCodes.No);

        Assert.Contains("(401)", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_server_does_not_know_exits_1()
    {
        var outcome = (await staff.As("chs_" + new string('A', 43)).RunAsync("me")).Expect(ExitCodes.No);

        Assert.Contains("(401)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("not known", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_on_a_closed_loopback_port_exits_3_saying_it_cannot_be_reached()
    {
        var server = $"http://127.0.0.1:{CliRun.ClosedLoopbackPort()}/";

        var outcome = (await CliRun.Plain("me", "--server", server, "--token", staff.Host.StaffToken)).Expect(ExitCodes.ServerOrNetwork);

        Assert.Contains("Cannot reach", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(server, outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public async Task CLEARINGHOUSE_SERVER_on_a_closed_port_is_used_when_no_option_is_given()
    {
        var server = $"http://127.0.0.1:{CliRun.ClosedLoopbackPort()}/";
        var cli = new CliRun(new Dictionary<string, string?> { ["CLEARINGHOUSE_SERVER"] = server, ["CLEARINGHOUSE_TOKEN"] = staff.Host.StaffToken });

        var outcome = (await cli.RunAsync("org", "list")).Expect(ExitCodes.ServerOrNetwork);

        Assert.Contains(server, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_option_wins_over_CLEARINGHOUSE_SERVER()
    {
        var closed = $"http://127.0.0.1:{CliRun.ClosedLoopbackPort()}/";
        var cli = new CliRun(new Dictionary<string, string?> { ["CLEARINGHOUSE_SERVER"] = closed, ["CLEARINGHOUSE_TOKEN"] = staff.Host.StaffToken });

        (await cli.RunAsync("me", "--server", staff.Host.BaseAddress.ToString())).Expect(ExitCodes.Ok);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/var/run/clearinghouse")]
    public async Task A_server_that_is_not_an_http_url_exits_2(string server)
    {
        var outcome = (await CliRun.Plain("me", "--server", server, "--token", staff.Host.StaffToken)).Expect(ExitCodes.Usage);

        Assert.Contains("--server must be an http(s) URL", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(server, outcome.Error, StringComparison.Ordinal);
    }
}
