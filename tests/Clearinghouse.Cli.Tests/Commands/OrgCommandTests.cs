using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clearinghouse.Cli.Tests.Commands;

public sealed partial class OrgCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Org_enrol_of_an_operator_exits_0_and_prints_the_new_admins_token_that_then_works()
    {
        var name = staff.Unique("Mercy General");
        var email = staff.Unique("ciso") + "@mercy.example";

        var outcome = (await staff.AsStaff.RunAsync(
                "org", "enrol", "--name", name, "--kind", "critical-infrastructure-operator", "--sector", "healthcare", "--size-tier", "small",
                "--admin-name", "Grace", "--admin-email", email))
            .Expect(ExitCodes.Ok);

        Assert.Contains(name, outcome.Output, StringComparison.Ordinal);
        Assert.Contains(email, outcome.Output, StringComparison.Ordinal);
        var token = Assert.Single(TokenPattern().Matches(outcome.Output)).Value;
        var me = (await staff.As(token).RunAsync("me", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(email, me.GetProperty("member").GetProperty("email").GetString());
        Assert.Equal("admin", me.GetProperty("member").GetProperty("role").GetString());
        Assert.Equal("critical-infrastructure-operator", me.GetProperty("organization").GetProperty("kind").GetString());
        Assert.Equal("healthcare", me.GetProperty("organization").GetProperty("sector").GetString());
        Assert.Equal("small", me.GetProperty("organization").GetProperty("sizeTier").GetString());
    }

    [Fact]
    public async Task Org_list_with_json_includes_an_enrolled_organization()
    {
        var organization = await staff.EnrolOperatorAsync();

        var list = (await staff.AsStaff.RunAsync("org", "list", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var row = Assert.Single(list.EnumerateArray(), o => o.GetProperty("id").GetGuid() == organization.Id);
        Assert.Equal(organization.Name, row.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Org_list_with_a_kind_lists_only_that_kind()
    {
        var organization = await staff.EnrolOperatorAsync();

        var operators = (await staff.AsStaff.RunAsync("org", "list", "--kind", "critical-infrastructure-operator", "--json")).Expect(ExitCodes.Ok).Json();
        var agencies = (await staff.AsStaff.RunAsync("org", "list", "--kind", "federal-agency", "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Contains(operators.EnumerateArray(), o => o.GetProperty("id").GetGuid() == organization.Id);
        Assert.All(operators.EnumerateArray(), o => Assert.Equal("critical-infrastructure-operator", o.GetProperty("kind").GetString()));
        Assert.DoesNotContain(agencies.EnumerateArray(), o => o.GetProperty("id").GetGuid() == organization.Id);
    }

    [Fact]
    public async Task Org_list_for_people_renders_a_table_with_the_organization_name()
    {
        var organization = await staff.EnrolOperatorAsync(staff.Unique("Riverside Water Authority"));

        var outcome = (await staff.AsStaff.RunAsync("org", "list")).Expect(ExitCodes.Ok);

        var header = outcome.Output.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        Assert.Matches(@"^Id\s+Name\s+Kind\b", header);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains(organization.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(organization.Name, line, StringComparison.Ordinal);
        Assert.Contains("critical-infrastructure-operator", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Org_show_prints_the_profile_and_with_json_the_view()
    {
        var organization = await staff.EnrolOperatorAsync();

        var human = (await staff.AsStaff.RunAsync("org", "show", organization.Id.ToString())).Expect(ExitCodes.Ok);
        var json = (await staff.AsStaff.RunAsync("org", "show", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Contains(organization.Name, human.Output, StringComparison.Ordinal);
        Assert.Contains("healthcare", human.Output, StringComparison.Ordinal);
        Assert.Equal(organization.Id, json.GetProperty("id").GetGuid());
        Assert.Equal(organization.Name, json.GetProperty("name").GetString());
        Assert.Equal("TLP:AMBER", json.GetProperty("tlp").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("leftAt").ValueKind);
    }

    [Fact]
    public async Task Org_update_changes_the_contact_email_as_org_show_then_reports()
    {
        var organization = await staff.EnrolOperatorAsync();

        var updated = (await staff.As(organization.AdminToken).RunAsync(
                "org", "update", organization.Id.ToString(), "--contact-email", "soc@mercy.example", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();
        var shown = (await staff.AsStaff.RunAsync("org", "show", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();

        Assert.Equal("soc@mercy.example", updated.GetProperty("contactEmail").GetString());
        Assert.Equal("soc@mercy.example", shown.GetProperty("contactEmail").GetString());
        Assert.Equal(organization.Name, shown.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Org_update_with_an_unknown_sector_exits_2_listing_the_sectors_and_changes_nothing()
    {
        var organization = await staff.EnrolOperatorAsync();

        var outcome = (await staff.AsStaff.RunAsync("org", "update", organization.Id.ToString(), "--sector", "space")).Expect(ExitCodes.Usage);

        Assert.Contains("'space'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("healthcare", outcome.Error, StringComparison.Ordinal);
        var shown = (await staff.AsStaff.RunAsync("org", "show", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("healthcare", shown.GetProperty("sector").GetString());
    }

    [Fact]
    public async Task Org_export_with_out_writes_the_organizations_data_as_valid_json_to_the_file()
    {
        var organization = await staff.EnrolOperatorAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("clearinghouse-cli-").FullName, "export.json");

        var outcome = (await staff.As(organization.AdminToken).RunAsync("org", "export", organization.Id.ToString(), "--out", file))
            .Expect(ExitCodes.Ok);

        Assert.Empty(outcome.Output);
        Assert.Contains(file, outcome.Error, StringComparison.Ordinal);
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = export.RootElement;
        Assert.Equal(organization.Id, root.GetProperty("organization").GetProperty("id").GetGuid());
        Assert.Contains(root.GetProperty("members").EnumerateArray(), m => m.GetProperty("email").GetString() == organization.AdminEmail);
        Assert.NotEmpty(root.GetProperty("tokens").EnumerateArray());
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), e => e.GetProperty("action").GetString() == "organization.enrolled");
    }

    [Fact]
    public async Task Org_export_without_out_writes_the_json_to_standard_output()
    {
        var organization = await staff.EnrolOperatorAsync();

        var json = (await staff.As(organization.AdminToken).RunAsync("org", "export", organization.Id.ToString())).Expect(ExitCodes.Ok).Json();

        Assert.Equal(organization.Id, json.GetProperty("organization").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Org_export_with_out_still_writes_the_file_when_json_is_also_given()
    {
        var organization = await staff.EnrolOperatorAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("clearinghouse-cli-").FullName, "export.json");

        (await staff.As(organization.AdminToken).RunAsync("--json", "org", "export", organization.Id.ToString(), "--out", file)).Expect(ExitCodes.Ok);

        Assert.True(File.Exists(file), "--out was ignored because --json was given: the export went to standard output instead of the file.");
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal(organization.Id, export.RootElement.GetProperty("organization").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Org_export_to_a_folder_that_does_not_exist_exits_3_with_a_one_line_message()
    {
        var organization = await staff.EnrolOperatorAsync();
        var file = Path.Combine(Directory.CreateTempSubdirectory("clearinghouse-cli-").FullName, "missing-folder", "export.json");

        var outcome = (await staff.As(organization.AdminToken).RunAsync("org", "export", organization.Id.ToString(), "--out", file))
            .Expect(ExitCodes.ServerOrNetwork);

        Assert.StartsWith("Failed: ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains(file, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Org_leave_without_yes_exits_2_and_changes_nothing()
    {
        var organization = await staff.EnrolOperatorAsync();

        var outcome = (await staff.As(organization.AdminToken).RunAsync("org", "leave", organization.Id.ToString())).Expect(ExitCodes.Usage);

        Assert.Contains("--yes", outcome.Error, StringComparison.Ordinal);
        var shown = (await staff.AsStaff.RunAsync("org", "show", organization.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("leftAt").ValueKind);
        (await staff.As(organization.AdminToken).RunAsync("me")).Expect(ExitCodes.Ok);
    }

    [Fact]
    public async Task Org_leave_with_yes_exits_0_marks_the_organization_left_and_stops_its_tokens()
    {
        var organization = await staff.EnrolOperatorAsync();

        var left = (await staff.As(organization.AdminToken).RunAsync("org", "leave", organization.Id.ToString(), "--yes", "--json"))
            .Expect(ExitCodes.Ok)
            .Json();

        Assert.Equal(organization.Id, left.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.String, left.GetProperty("leftAt").ValueKind);
        (await staff.As(organization.AdminToken).RunAsync("me")).Expect(ExitCodes.No);
        var listed = (await staff.AsStaff.RunAsync("org", "list", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.DoesNotContain(listed.EnumerateArray(), o => o.GetProperty("id").GetGuid() == organization.Id);
        var withLeft = (await staff.AsStaff.RunAsync("org", "list", "--include-left", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Contains(withLeft.EnumerateArray(), o => o.GetProperty("id").GetGuid() == organization.Id);
    }

    [GeneratedRegex("chs_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();
}
