namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>directives issue|list|show|compliance|withdraw</c> and <c>exposure figures</c> against the real host.</summary>
public sealed class DirectivesCommandsTests(StaffHost staff) : IClassFixture<StaffHost>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("directives-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Staff_issue_a_directive_from_a_file_and_an_operator_reads_its_own_compliance_but_no_one_elses()
    {
        var file = Path.Combine(folder, "directive.json");
        await File.WriteAllTextAsync(file, """
            {"reference": "CH-CLI-26-01", "title": "Known exploited vulnerabilities in hospitals", "targetSectors": ["healthcare"],
             "rules": [{"kind": "kev", "withinDays": 14}, {"kind": "severity", "minimumSeverity": "critical", "withinDays": 30, "publiclyExposedOnly": true}]}
            """);
        var hospital = await staff.EnrolOperatorAsync();
        var neighbour = await staff.EnrolOperatorAsync();
        var located = (await staff.As(hospital.AdminToken).RunAsync("org", "update", hospital.Id.ToString(), "--state", "VT", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("VT", located.GetProperty("state").GetString());
        (await staff.As(hospital.AdminToken).RunAsync("org", "update", hospital.Id.ToString(), "--state", "Vermont")).Expect(ExitCodes.Usage);

        (await staff.As(hospital.AdminToken).RunAsync("directives", "issue", file)).Expect(ExitCodes.No);
        var issued = (await staff.AsStaff.RunAsync("directives", "issue", file, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(1, issued.GetProperty("version").GetInt32());

        var list = (await staff.As(hospital.AdminToken).RunAsync("directives", "list", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("reference").GetString() == "CH-CLI-26-01");
        var shown = (await staff.As(hospital.AdminToken).RunAsync("directives", "show", "CH-CLI-26-01")).Expect(ExitCodes.Ok);
        Assert.Contains("KEV entries: remediate within 14 days of KEV listing (dateAdded)", shown.Output, StringComparison.Ordinal);

        var own = (await staff.As(hospital.AdminToken).RunAsync("directives", "compliance", "CH-CLI-26-01", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.True(own.GetProperty("targeted").GetBoolean());
        Assert.Equal(hospital.Id, own.GetProperty("organizationId").GetGuid());
        (await staff.As(hospital.AdminToken).RunAsync("directives", "compliance", "CH-CLI-26-01", "--org", neighbour.Id.ToString())).Expect(ExitCodes.No);
        var byStaff = (await staff.AsStaff.RunAsync("directives", "compliance", "CH-CLI-26-01", "--org", neighbour.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(neighbour.Id, byStaff.GetProperty("organizationId").GetGuid());

        var aggregate = (await staff.As(hospital.AdminToken).RunAsync("directives", "compliance", "CH-CLI-26-01", "--overall", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, aggregate.GetProperty("organizations").ValueKind);
        var overall = (await staff.AsStaff.RunAsync("directives", "compliance", "CH-CLI-26-01", "--overall", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Contains(overall.GetProperty("organizations").EnumerateArray(), o => o.GetProperty("organizationId").GetGuid() == hospital.Id);
        (await staff.AsStaff.RunAsync("directives", "compliance", "CH-CLI-26-01", "--overall", "--org", hospital.Id.ToString())).Expect(ExitCodes.Usage);

        var figures = (await staff.As(hospital.AdminToken).RunAsync("exposure", "figures", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(3, figures.GetProperty("minimumOrganizations").GetInt32());
        Assert.Contains("By sector", (await staff.As(hospital.AdminToken).RunAsync("exposure", "figures")).Expect(ExitCodes.Ok).Output, StringComparison.Ordinal);

        (await staff.AsStaff.RunAsync("directives", "withdraw", "CH-CLI-26-01", "--reason", "superseded")).Expect(ExitCodes.Ok);
        (await staff.As(hospital.AdminToken).RunAsync("directives", "compliance", "CH-CLI-26-01")).Expect(ExitCodes.No);
    }

    [Fact]
    public async Task A_directive_file_that_is_not_JSON_or_breaks_a_rule_is_a_usage_error()
    {
        var junk = Path.Combine(folder, "junk.json");
        await File.WriteAllTextAsync(junk, "not json");
        (await staff.AsStaff.RunAsync("directives", "issue", junk)).Expect(ExitCodes.Usage);

        var noThreshold = Path.Combine(folder, "no-threshold.json");
        await File.WriteAllTextAsync(noThreshold, """{"reference": "CH-CLI-BAD", "title": "Bad rule", "targetKinds": ["federal-agency"], "rules": [{"kind": "severity", "withinDays": 30}]}""");
        var refused = (await staff.AsStaff.RunAsync("directives", "issue", noThreshold)).Expect(ExitCodes.Usage);
        Assert.Contains("rules[0].minimumSeverity", refused.Error, StringComparison.Ordinal);
    }
}
