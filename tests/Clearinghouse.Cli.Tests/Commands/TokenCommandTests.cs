using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed class TokenCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Token_issue_with_json_gives_a_secret_that_works_and_token_list_shows_the_token_without_it()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);
        var member = await AddAnalystAsync(cli, organization);

        var issued = (await cli.RunAsync("token", "issue", member, "--name", "ci", "--json")).Expect(ExitCodes.Ok).Json();
        var list = (await cli.RunAsync("token", "list", member, "--json")).Expect(ExitCodes.Ok).Json();

        var secret = issued.GetProperty("secret").GetString()!;
        Assert.StartsWith("chs_", secret, StringComparison.Ordinal);
        Assert.Equal("ci", issued.GetProperty("token").GetProperty("name").GetString());
        var me = (await staff.As(secret).RunAsync("me", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(member, me.GetProperty("member").GetProperty("id").GetGuid().ToString());
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(issued.GetProperty("token").GetProperty("id").GetGuid(), row.GetProperty("id").GetGuid());
        Assert.Equal("ci", row.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("revokedAt").ValueKind);
        Assert.DoesNotContain(secret, list.GetRawText(), StringComparison.Ordinal);
        Assert.False(row.TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task Token_issue_for_people_prints_the_secret_once_after_the_token_fields()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);
        var member = await AddAnalystAsync(cli, organization);

        var outcome = (await cli.RunAsync("token", "issue", member, "--name", "laptop", "--expires-in-days", "7")).Expect(ExitCodes.Ok);

        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("chs_", lines[^1], StringComparison.Ordinal);
        Assert.Contains("laptop", outcome.Output, StringComparison.Ordinal);
        (await staff.As(lines[^1]).RunAsync("me")).Expect(ExitCodes.Ok);
    }

    [Fact]
    public async Task Token_revoke_stops_the_token_so_me_with_it_exits_1()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);
        var member = await AddAnalystAsync(cli, organization);
        var issued = (await cli.RunAsync("token", "issue", member, "--name", "ci", "--json")).Expect(ExitCodes.Ok).Json();
        var secret = issued.GetProperty("secret").GetString()!;
        var tokenId = issued.GetProperty("token").GetProperty("id").GetGuid().ToString();
        (await staff.As(secret).RunAsync("me")).Expect(ExitCodes.Ok);

        var revoked = (await cli.RunAsync("token", "revoke", tokenId, "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(JsonValueKind.String, revoked.GetProperty("revokedAt").ValueKind);
        var me = (await staff.As(secret).RunAsync("me")).Expect(ExitCodes.No);
        Assert.Contains("(401)", me.Error, StringComparison.Ordinal);
        Assert.Contains("revoked", me.Error, StringComparison.Ordinal);
        var list = (await cli.RunAsync("token", "list", member, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(JsonValueKind.String, Assert.Single(list.EnumerateArray()).GetProperty("revokedAt").ValueKind);
    }

    private async Task<string> AddAnalystAsync(CliRun cli, EnrolledOrganization organization)
    {
        var added = (await cli.RunAsync("member", "add", organization.Id.ToString(), "--name", "Alan Analyst",
                "--email", staff.Unique("analyst") + "@mercy.example", "--role", "analyst", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        return added.GetProperty("id").GetGuid().ToString();
    }
}
