
namespace Clearinghouse.Cli.Tests.Commands;

/// <summary><c>findings submit</c> (native, batch, SARIF) and <c>cases list/show</c> against the real host.</summary>
public sealed class FindingsCommandTests(StaffHost staff) : IClassFixture<StaffHost>
{
    private static string Finding(string package) => $$"""
        { "title": "Heap buffer overflow in png_read_row", "target": { "purl": "pkg:github/{{package}}@1.6.43" },
          "weakness": "CWE-787", "location": { "file": "pngrutil.c", "function": "png_read_row" },
          "foundBy": { "tool": "fuzz-agent" }, "externalId": "lab-17" }
        """;

    [Fact]
    public async Task A_native_finding_is_submitted_and_cases_list_and_show_follow_it_with_json()
    {
        var lab = await staff.EnrolOperatorAsync();
        var file = await TempAsync(Finding(staff.Unique("pnggroup/libpng")));

        var submitted = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", file, "--json")).Expect(ExitCodes.Ok).Json();
        var item = submitted.GetProperty("items")[0];
        Assert.Equal("new-case", item.GetProperty("outcome").GetString());
        Assert.Equal("lab-17", item.GetProperty("externalId").GetString());
        var number = item.GetProperty("caseNumber").GetString()!;

        var again = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", file, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.True(again.GetProperty("replayed").GetBoolean());

        var list = (await staff.As(lab.AdminToken).RunAsync("cases", "list", "--state", "new", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("number").GetString() == number);
        var shown = (await staff.As(lab.AdminToken).RunAsync("cases", "show", number, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(item.GetProperty("caseId").GetGuid(), shown.GetProperty("id").GetGuid());
        Assert.Equal(lab.Id, shown.GetProperty("attributions")[0].GetProperty("organizationId").GetGuid());

        var human = (await staff.As(lab.AdminToken).RunAsync("cases", "list")).Expect(ExitCodes.Ok);
        Assert.Contains(number, human.Output, StringComparison.Ordinal);

        var stats = (await staff.As(lab.AdminToken).RunAsync("findings", "statistics", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(1, stats.GetProperty("overall").GetProperty("pending").GetInt32());
        Assert.Contains("quality 0.500", (await staff.As(lab.AdminToken).RunAsync("findings", "statistics")).Expect(ExitCodes.Ok).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SARIF_log_is_streamed_with_its_target_and_without_one_is_a_usage_error()
    {
        var lab = await staff.EnrolOperatorAsync();
        var log = TestData.Path("sarif", "pixee-codemodder-java", "core-codemods", "src", "test", "resources", "webgoat_v8.2.2_codeql.sarif");

        (await staff.As(lab.AdminToken).RunAsync("findings", "submit", log)).Expect(ExitCodes.Usage);
        var result = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", log, "--target", "https://github.com/" + staff.Unique("webgoat/webgoat"), "--json"))
            .Expect(ExitCodes.Ok).Json();

        Assert.Equal("sarif", result.GetProperty("format").GetString());
        Assert.True(result.GetProperty("items").GetArrayLength() > 10);
    }

    [Fact]
    public async Task A_refused_finding_exits_2_and_names_the_bad_field_and_an_unknown_state_is_a_usage_error()
    {
        var lab = await staff.EnrolOperatorAsync();
        var file = await TempAsync(Finding(staff.Unique("x/y")).Replace("@1.6.43", "", StringComparison.Ordinal));

        var refused = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", file)).Expect(ExitCodes.Usage);
        Assert.Contains("target.purl", refused.Error + refused.Output, StringComparison.Ordinal);
        (await staff.As(lab.AdminToken).RunAsync("cases", "list", "--state", "pending")).Expect(ExitCodes.Usage);
        var notJson = await TempAsync("just some text");
        (await staff.As(lab.AdminToken).RunAsync("findings", "submit", notJson)).Expect(ExitCodes.Usage);
    }

    [Fact]
    public async Task An_analyst_moves_a_case_and_gives_a_verdict_and_a_bad_state_is_a_usage_error()
    {
        var lab = await staff.EnrolOperatorAsync();
        var file = await TempAsync(Finding(staff.Unique("verdict/lib")));
        var number = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", file, "--json")).Expect(ExitCodes.Ok).Json()
            .GetProperty("items")[0].GetProperty("caseNumber").GetString()!;

        (await staff.AsStaff.RunAsync("cases", "transition", number, "--to", "unknown", "--note", "hmm")).Expect(ExitCodes.Usage);
        (await staff.As(lab.AdminToken).RunAsync("cases", "transition", number, "--to", "triage", "--note", "mine now")).Expect(ExitCodes.No);
        var moved = (await staff.AsStaff.RunAsync("cases", "transition", number, "--to", "triage", "--note", "plausible", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("triage", moved.GetProperty("state").GetString());
        (await staff.AsStaff.RunAsync("cases", "verdict", number, "--evidence", "neither flag")).Expect(ExitCodes.Usage);
        var verdict = (await staff.AsStaff.RunAsync("cases", "verdict", number, "--valid", "--evidence", "Reproduced by hand under ASan.", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("validated", verdict.GetProperty("case").GetProperty("state").GetString());

        // The SSVC coordinator triage declines a case with one responsive supplier; an analyst records an unresponsive one.
        Assert.Equal("decline", verdict.GetProperty("case").GetProperty("triage").GetProperty("decision").GetString());
        (await staff.AsStaff.RunAsync("cases", "transition", number, "--to", "coordinating", "--note", "to the maintainer")).Expect(ExitCodes.Usage);
        var suppliers = (await staff.AsStaff.RunAsync("cases", "suppliers", number, "--unresponsive", "--note", "No answer in 30 days.", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("Unresponsive", suppliers.GetProperty("triage").GetProperty("path")[4].GetProperty("value").GetString());
        var coordinating = (await staff.AsStaff.RunAsync("cases", "transition", number, "--to", "coordinating", "--note", "Hospital devices ship it.", "--override-triage", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("coordinating", coordinating.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_claim_sends_only_a_commitment_and_the_finding_revealed_later_keeps_the_claims_time()
    {
        var lab = await staff.EnrolOperatorAsync();
        var finding = Finding(staff.Unique("claimed/lib"));
        var file = await TempAsync(finding);

        var claim = (await staff.As(lab.AdminToken).RunAsync("findings", "claim", file, "--json")).Expect(ExitCodes.Ok).Json();
        var id = claim.GetProperty("claim").GetProperty("id").GetGuid();
        var salt = claim.GetProperty("salt").GetString()!;
        Assert.Equal(64, claim.GetProperty("claim").GetProperty("commitment").GetString()!.Length);

        var revealed = await TempAsync(finding.TrimEnd().TrimEnd('}') + $", \"claim\": {{\"id\": \"{id}\", \"salt\": \"{salt}\"}} }}");
        var submitted = (await staff.As(lab.AdminToken).RunAsync("findings", "submit", revealed, "--json")).Expect(ExitCodes.Ok).Json();
        var shown = (await staff.AsStaff.RunAsync("cases", "show", submitted.GetProperty("items")[0].GetProperty("caseNumber").GetString()!, "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(claim.GetProperty("claim").GetProperty("claimedAt").GetDateTimeOffset(), shown.GetProperty("attributions")[0].GetProperty("claimedAt").GetDateTimeOffset());
    }

    private static async Task<string> TempAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"finding-{Environment.ProcessId}-{Path.GetRandomFileName()}.json");
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
