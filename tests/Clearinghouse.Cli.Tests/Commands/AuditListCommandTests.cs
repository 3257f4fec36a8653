using System.Text.Json;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed class AuditListCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Audit_list_with_the_staff_token_gives_the_trail_in_chain_order_as_json()
    {
        var organization = await staff.EnrolOperatorAsync();

        var entries = (await staff.AsStaff.RunAsync("audit", "list", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(JsonValueKind.Array, entries.ValueKind);
        var sequences = entries.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "organization.enrolled"
            && Is(e, "subjectOrganizationId", organization.Id));
        Assert.All(entries.EnumerateArray(), e => Assert.Equal(64, e.GetProperty("hash").GetString()!.Length));
    }

    [Fact]
    public async Task Audit_list_pages_with_after_and_limit()
    {
        await staff.EnrolOperatorAsync();

        var page = (await staff.AsStaff.RunAsync("audit", "list", "--after", "1", "--limit", "2", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal([2L, 3L], page.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task Audit_list_with_a_limit_out_of_range_exits_2_naming_the_field()
    {
        var outcome = (await staff.AsStaff.RunAsync("audit", "list", "--limit", "0")).Expect(ExitCodes.Usage);

        Assert.Contains("limit", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_list_of_the_whole_trail_by_an_operators_admin_exits_1_but_its_own_entries_are_listed()
    {
        var organization = await staff.EnrolOperatorAsync();
        var cli = staff.As(organization.AdminToken);

        var whole = (await cli.RunAsync("audit", "list")).Expect(ExitCodes.No);
        var own = (await cli.RunAsync("audit", "list", "--organization", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Contains("(403)", whole.Error, StringComparison.Ordinal);
        Assert.NotEmpty(own.EnumerateArray());
        Assert.All(own.EnumerateArray(), e => Assert.True(Is(e, "subjectOrganizationId", organization.Id) || Is(e, "actorOrganizationId", organization.Id)));
    }

    private static bool Is(JsonElement entry, string property, Guid id) =>
        entry.GetProperty(property) is { ValueKind: JsonValueKind.String } value && value.GetGuid() == id;
}
