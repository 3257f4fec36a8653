namespace Clearinghouse.Cli.Tests.Commands;

public sealed class MeCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Me_with_json_shows_the_member_and_organization_the_token_belongs_to()
    {
        var json = (await staff.AsStaff.RunAsync("me", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(staff.Host.Staff.Admin.Id, json.GetProperty("member").GetProperty("id").GetGuid());
        Assert.Equal(staff.Host.Staff.Organization.Id, json.GetProperty("organization").GetProperty("id").GetGuid());
        Assert.Equal(staff.Host.Staff.AdminToken.Token.Id, json.GetProperty("tokenId").GetGuid());
    }

    [Fact]
    public async Task Me_takes_the_server_and_token_from_options_as_well_as_from_the_environment()
    {
        var json = (await CliRun.Plain("--server", staff.Host.BaseAddress.ToString(), "--token", staff.Host.StaffToken, "me", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();

        Assert.Equal(staff.Host.Staff.Admin.Email, json.GetProperty("member").GetProperty("email").GetString());
    }

    [Fact]
    public async Task The_token_option_wins_over_CLEARINGHOUSE_TOKEN()
    {
        var organization = await staff.EnrolOperatorAsync();

        var json = (await staff.AsStaff.RunAsync("me", "--token", organization.AdminToken, "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(organization.Id, json.GetProperty("organization").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Me_without_json_prints_a_grid_of_the_member_fields()
    {
        var outcome = (await staff.AsStaff.RunAsync("me")).Expect(ExitCodes.Ok);

        Assert.Contains(staff.Host.Staff.Admin.Email, outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Clearinghouse staff", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", outcome.Output, StringComparison.Ordinal);
    }
}
