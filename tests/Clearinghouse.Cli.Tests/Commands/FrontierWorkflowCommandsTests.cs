using System.Net.Http.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Tests.Commands;

/// <summary>
/// The determination and access steps through the CLI against a real host: register, open, consult, respond, decide,
/// open a window (31 days refused), accept terms, nominate and approve a partner, withdraw and release. Only the
/// evaluation itself (catalogue, run, policy, recommendation) is set up over HTTP; the CLI has its own verbs for those.
/// </summary>
public sealed class FrontierWorkflowCommandsTests(StaffHost staff) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Every_step_from_registration_to_release_has_a_verb_and_a_rule_broken_is_exit_2()
    {
        var host = staff.Host;
        var lab = await host.EnrolAsync(staff.Unique("Lab"), OrganizationKind.AiDeveloper);
        var hospital = await host.EnrolAsync(staff.Unique("Hospital"), OrganizationKind.CriticalInfrastructureOperator);
        var agency = await host.EnrolAsync(staff.Unique("Agency"), OrganizationKind.FederalAgency);
        var evaluator = await ClearedAsync(agency, FrontierDuty.Evaluator, null);
        var official = await ClearedAsync(agency, FrontierDuty.DesignatingOfficial, null);
        var consultant = await ClearedAsync(agency, FrontierDuty.Consultant, "Director of CISA");
        var labCli = staff.As(lab.AdminToken.Secret);
        var now = host.Clock.GetUtcNow();

        var model = (await labCli.RunAsync("frontier", "register", "--name", staff.Unique("Atlas"), "--version", "rc1", "--modality", "text+tools",
                "--partner-release", now.AddDays(40).ToString("O"), "--contact", "safety@lab.example", "--json"))
            .Expect(ExitCodes.Ok).Json();
        var modelId = model.GetProperty("id").GetGuid();
        Assert.Equal("CUI//PROPIN", model.GetProperty("marking").GetProperty("banner").GetString());
        var determination = (await labCli.RunAsync("frontier", "determination", "open", modelId.ToString(), "--reason", "new checkpoint", "--json")).Expect(ExitCodes.Ok).Json();
        var determinationId = determination.GetProperty("id").GetGuid();

        // A window before any determination that the model is covered is refused: a domain rule, exit 2.
        (await labCli.RunAsync("frontier", "window", "open", modelId.ToString(), "--starts", now.ToString("O"), "--ends", now.AddDays(10).ToString("O")))
            .Expect(ExitCodes.Usage);

        await RecommendAsync(evaluator.Client, official.Client, modelId, determinationId);
        var consultation = (await staff.As(official.Token).RunAsync("frontier", "determination", "consult", determinationId.ToString(),
            "--office", "Director of CISA", "--due", now.AddDays(5).ToString("O"), "--json")).Expect(ExitCodes.Ok).Json().GetProperty("id").GetGuid();
        (await staff.As(consultant.Token).RunAsync("frontier", "determination", "respond", consultation.ToString(), "--position", "maybe")).Expect(ExitCodes.Usage);
        var position = (await staff.As(consultant.Token).RunAsync("frontier", "determination", "respond", consultation.ToString(),
            "--position", "concur", "--comments", "Agreed.", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("concur", position.GetProperty("position").GetString());
        (await staff.As(official.Token).RunAsync("frontier", "determination", "decide", determinationId.ToString(), "--reasons", "x")).Expect(ExitCodes.Usage);
        var decided = (await staff.As(official.Token).RunAsync("frontier", "determination", "decide", determinationId.ToString(),
            "--covered", "--reasons", "The indicators are reached on interval bounds.", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("decided", decided.GetProperty("state").GetString());

        // 31 days is refused with the window rule; 30 days opens.
        var tooLong = (await labCli.RunAsync("frontier", "window", "open", modelId.ToString(), "--starts", now.ToString("O"), "--ends", now.AddDays(31).ToString("O")))
            .Expect(ExitCodes.Usage);
        Assert.Contains("30 days", tooLong.Error, StringComparison.Ordinal);
        var window = (await labCli.RunAsync("frontier", "window", "open", modelId.ToString(), "--starts", now.ToString("O"), "--ends", now.AddDays(30).ToString("O"), "--json"))
            .Expect(ExitCodes.Ok).Json();
        Assert.Equal(modelId, window.GetProperty("modelId").GetGuid());

        using var staffClient = host.Client(host.StaffToken);
        var terms = await (await staffClient.PostAsJsonAsync("/api/frontier/terms", new PublishTermsRequest
        {
            Kind = TermsKind.NonDisclosure,
            Audience = TermsAudience.Government,
            Text = "Non-disclosure terms for " + staff.Unique("terms"),
        }, ContractJson.Options)).Content.ReadFromJsonAsync<TermsView>(ContractJson.Options);
        var accepted = (await staff.As(evaluator.Token).RunAsync("frontier", "terms", "accept", terms!.Id.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(terms.Id, accepted.GetProperty("termsId").GetGuid());

        // Two accesses, one marked SECRET//SI by the gateway: the lab's log shows only the other, under its banner.
        var windowId = window.GetProperty("id").GetGuid();
        var government = (await evaluator.Client.GetFromJsonAsync<List<TermsView>>("/api/frontier/terms", ContractJson.Options))!.Where(t => t.Audience == TermsAudience.Government).ToList();
        foreach (var kind in Enum.GetValues<TermsKind>().Where(k => !government.Any(t => t.Kind == k)))
        {
            var published = await staffClient.PostAsJsonAsync("/api/frontier/terms", new PublishTermsRequest { Kind = kind, Audience = TermsAudience.Government, Text = $"{kind} terms." }, ContractJson.Options);
            government.Add((await published.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TermsView>(ContractJson.Options))!);
        }

        foreach (var current in government)
        {
            (await evaluator.Client.PostAsync($"/api/frontier/terms/{current.Id}/acceptances", null)).EnsureSuccessStatusCode();
        }

        var issued = await evaluator.Client.PostAsync($"/api/frontier/windows/{windowId}/credentials", null);
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
        var credential = await issued.Content.ReadFromJsonAsync<AccessCredentialView>(ContractJson.Options);
        foreach (var marking in new MarkingSpec?[] { null, new() { Level = ClassificationLevel.Secret, Compartments = ["SI"] } })
        {
            (await evaluator.Client.PostAsJsonAsync($"/api/frontier/windows/{windowId}/accesses",
                new AccessReport { Credential = credential!.Secret, What = marking is null ? "chat completions" : "SI-derived probe", Marking = marking }, ContractJson.Options)).EnsureSuccessStatusCode();
        }

        var labLog = (await labCli.RunAsync("frontier", "window", "log", windowId.ToString())).Expect(ExitCodes.Ok);
        Assert.StartsWith("CUI//PROPIN", labLog.Output, StringComparison.Ordinal);
        Assert.Contains("chat completions", labLog.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SI-derived", labLog.Output, StringComparison.Ordinal);
        var evaluatorLog = (await staff.As(evaluator.Token).RunAsync("frontier", "window", "log", windowId.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal("SECRET//SI", evaluatorLog.GetProperty("banner").GetString());
        Assert.Equal(2, evaluatorLog.GetProperty("entries").GetArrayLength());

        // The lab nominates the hospital; the government's approval is the second consent.
        var partner = (await labCli.RunAsync("frontier", "partner", "nominate", modelId.ToString(), "--organization", hospital.Organization.Id.ToString(),
            "--rationale", "Rural hospital network", "--json")).Expect(ExitCodes.Ok).Json().GetProperty("id").GetGuid();
        var own = (await labCli.RunAsync("frontier", "partner", "approve", partner.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, own.GetProperty("governmentApprovedAt").ValueKind);
        var approved = (await staff.As(official.Token).RunAsync("frontier", "partner", "approve", partner.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, approved.GetProperty("window").ValueKind);

        // The lab withdraws and releases: recorded, never refused.
        var withdrawn = (await labCli.RunAsync("frontier", "determination", "withdraw", determinationId.ToString(), "--json")).Expect(ExitCodes.Ok).Json();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, withdrawn.GetProperty("withdrawnAt").ValueKind);
        (await labCli.RunAsync("frontier", "release", modelId.ToString(), "--audience", "everyone")).Expect(ExitCodes.Usage);
        var released = (await labCli.RunAsync("frontier", "release", modelId.ToString(), "--audience", "public", "--json")).Expect(ExitCodes.Ok).Json();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, released.GetProperty("releasedAt").ValueKind);
    }

    private async Task<(string Token, HttpClient Client)> ClearedAsync(EnrolmentView agency, FrontierDuty duty, string? office)
    {
        var token = await ClearedAsync(staff, agency, duty, office);
        return (token, staff.Host.Client(token));
    }

    /// <summary>A new analyst of <paramref name="agency"/> whom staff clear SECRET//SI with one duty (and an office); their token.</summary>
    internal static async Task<string> ClearedAsync(StaffHost staff, EnrolmentView agency, FrontierDuty duty, string? office)
    {
        var host = staff.Host;
        var (member, token) = await host.AddMemberAsync(agency.Organization.Id, MemberRole.Analyst, agency.AdminToken.Secret);
        using var staffClient = host.Client(host.StaffToken);
        (await staffClient.PutAsJsonAsync($"/api/clearances/{member.Id}",
            new ClearanceRequest { Level = ClassificationLevel.Secret, Compartments = ["SI"], Duties = [duty], Office = office }, ContractJson.Options)).EnsureSuccessStatusCode();
        return token;
    }

    /// <summary>A task, a run that solves it every time, a policy, and the evaluator's recommendation: the determination can be decided.</summary>
    private async Task RecommendAsync(HttpClient evaluator, HttpClient official, Guid modelId, Guid determinationId)
    {
        var key = staff.Unique("workflow") + "/task";
        var catalogue = await (await evaluator.PostAsJsonAsync("/api/frontier/catalogue/tasks", new BenchmarkTaskBatch
        {
            Tasks = [new BenchmarkTaskSpec { Key = key, Name = "task", Category = TaskCategory.Web, FirstSolveMinutes = 300, ScoringRule = "flag", Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified } }],
        }, ContractJson.Options)).Content.ReadFromJsonAsync<CatalogueView>(ContractJson.Options);
        var run = await (await evaluator.PostAsJsonAsync($"/api/frontier/models/{modelId}/runs", new EvaluationRunSubmission
        {
            CatalogueVersion = catalogue!.Version,
            Conditions = new ElicitationConditions { Model = "lab/atlas", Epochs = 1, Scaffold = "basic_agent", SafeguardsEnabled = false },
            Samples = [new SampleResult { TaskKey = key, Epoch = 1, Score = 1 }],
            Marking = new MarkingSpec { Level = ClassificationLevel.Secret, Compartments = ["SI"] },
        }, ContractJson.Options)).Content.ReadFromJsonAsync<EvaluationRunView>(ContractJson.Options);
        (await official.PostAsJsonAsync("/api/frontier/policies", new ThresholdPolicyRequest
        {
            Indicators = [new IndicatorSpec { Id = "long", Kind = IndicatorKind.SolvesLongTask, FirstSolveMinutes = 240 }],
            HolisticGuidance = "none",
            ReevaluationTriggers = ["developer request"],
        }, ContractJson.Options)).EnsureSuccessStatusCode();
        (await evaluator.PostAsJsonAsync($"/api/frontier/determinations/{determinationId}/recommendations",
            new RecommendRequest { RunIds = [run!.Id], HolisticJudgment = "Solved a five-hour task." }, ContractJson.Options)).EnsureSuccessStatusCode();
    }
}
