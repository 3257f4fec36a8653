using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed class MemberCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Member_add_adds_an_analyst_that_member_list_then_shows()
    {
        var organization = await staff.EnrolOperatorAsync();
        var email = staff.Unique("analyst") + "@mercy.example";
        var cli = staff.As(organization.AdminToken);

        var added = (await cli.RunAsync("member", "add", organization.Id.ToString(), "--name", "Alan Analyst", "--email", email, "--role", "analyst", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        var list = (await cli.RunAsync("member", "list", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(organization.Id, added.GetProperty("organizationId").GetGuid());
        Assert.Equal("analyst", added.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal(2, list.GetArrayLength());
        var row = Assert.Single(list.EnumerateArray(), m => m.GetProperty("id").GetGuid() == added.GetProperty("id").GetGuid());
        Assert.Equal(email, row.GetProperty("email").GetString());
        Assert.Equal("Alan Analyst", row.GetProperty("displayName").GetString());
        Assert.Equal("analyst", row.GetProperty("role").GetString());
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetGuid() == organization.AdminId);
    }

    [Fact]
    public async Task Member_add_for_people_prints_the_member()
    {
        var organization = await staff.EnrolOperatorAsync();
        var email = staff.Unique("viewer") + "@mercy.example";

        var outcome = (await staff.As(organization.AdminToken).RunAsync(
                "member", "add", organization.Id.ToString(), "--name", "Vera Viewer", "--email", email, "--role", "viewer"))
            .Expect(ExitCodes.Ok);

        Assert.Contains(email, outcome.Output, StringComparison.Ordinal);
        Assert.Contains("viewer", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_add_with_an_unknown_role_exits_2_listing_the_roles_and_adds_nobody()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);

        var outcome = (await cli.RunAsync("member", "add", organization.Id.ToString(), "--name", "X", "--email", "x@mercy.example", "--role", "boss"))
            .Expect(ExitCodes.Usage);

        Assert.Contains("'boss'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("analyst", outcome.Error, StringComparison.Ordinal);
        var list = (await cli.RunAsync("member", "list", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task Member_add_with_an_email_already_in_use_exits_1_as_a_conflict()
    {
        var organization = await staff.EnrolOperatorAsync();

        var outcome = (await staff.As(organization.AdminToken).RunAsync(
                "member", "add", organization.Id.ToString(), "--name", "Twin", "--email", organization.AdminEmail, "--role", "viewer"))
            .Expect(ExitCodes.No);

        Assert.Contains("(409)", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_update_and_member_remove_change_the_member_as_member_list_shows()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);
        var added = (await cli.RunAsync("member", "add", organization.Id.ToString(), "--name", "Sam", "--email", staff.Unique("sam") + "@mercy.example",
                "--role", "submitter", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        var id = added.GetProperty("id").GetGuid().ToString();

        var updated = (await cli.RunAsync("member", "update", id, "--role", "analyst", "--json")).Expect(ExitCodes.Ok).Json();
        var removed = (await cli.RunAsync("member", "remove", id, "--json")).Expect(ExitCodes.Ok).Json();
        var active = (await cli.RunAsync("member", "list", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        var all = (await cli.RunAsync("member", "list", organization.Id.ToString(), "--include-removed", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("analyst", updated.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.String, removed.GetProperty("removedAt").ValueKind);
        Assert.DoesNotContain(active.EnumerateArray(), m => m.GetProperty("id").GetGuid().ToString() == id);
        Assert.Contains(all.EnumerateArray(), m => m.GetProperty("id").GetGuid().ToString() == id);
    }
}
