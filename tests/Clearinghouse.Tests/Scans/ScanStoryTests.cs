using System.Globalization;
using System.Net;
using System.Text.Json;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Scans;

/// <summary>
/// The story of issue 6 through the real host, on both providers: two labs plan the same library and the second is told
/// of the conflict and the alternative slot; a hospital's analyst looks up an address and finds the authorized campaign;
/// an unauthorized campaign is refused; the hospital revokes its consent during the campaign and check-ins stop.
/// </summary>
public sealed class ScanStoryTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    // The test clock starts on Saturday 21 November 2026, 09:00 UTC; the campaigns are the following week.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Theory, BothProviders]
    public async Task Two_labs_plan_the_same_library_a_hospital_finds_the_authorized_campaign_and_an_unauthorized_one_is_refused(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var suffix = host.Clock.NewId().ToString("N")[..12];
        var labA = await host.EnrolAsync("Lab A " + suffix, OrganizationKind.AiDeveloper);
        var labB = await host.EnrolAsync("Lab B " + suffix, OrganizationKind.ScannerOperator);
        var hospital = await host.EnrolAsync("Valley Regional Hospital " + suffix, OrganizationKind.CriticalInfrastructureOperator);
        using var a = host.Client(labA.AdminToken.Secret);
        using var b = host.Client(labB.AdminToken.Secret);
        using var h = host.Client(hospital.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);
        var library = $"pkg:npm/imagelib-{suffix}";

        // Lab A fuzzes the library Monday to Thursday.
        var first = await (await a.PostJsonAsync("/api/scans/campaigns", Campaign("Imagelib fuzzing", [library + "@2.4.1"], ScanTechnique.Fuzzing, Monday, Monday.AddDays(3))))
            .ReadAsync<CampaignRegistration>(HttpStatusCode.Created);
        Assert.Empty(first.Deconfliction.Conflicts);

        // Lab B plans the same library on Tuesday and Wednesday: told of Lab A's campaign and of the slot after it.
        var secondRequest = Campaign("Imagelib sweep", [library], ScanTechnique.Fuzzing, Monday.AddDays(1), Monday.AddDays(3));
        var plan = await (await b.PostJsonAsync("/api/scans/campaigns/plan", secondRequest)).ReadAsync<CampaignPlanResult>();
        Assert.False(plan.WouldRegister);
        var conflict = Assert.Single(plan.Deconfliction.Conflicts);
        Assert.Equal((first.Campaign.Id, labA.Organization.Name, library), (conflict.CampaignId, conflict.Organization, conflict.Target));
        Assert.Equal(new AlternativeSlot(Monday.AddDays(3), Monday.AddDays(5), true), plan.Deconfliction.AlternativeSlot);

        var (refusal, body) = await (await b.PostJsonAsync("/api/scans/campaigns", secondRequest)).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.ScanConflict);
        Assert.Contains(labA.Organization.Name, refusal.Detail, StringComparison.Ordinal);
        Assert.Contains("2026-11-26 00:00:00Z to 2026-11-28 00:00:00Z", refusal.Detail, StringComparison.Ordinal);
        using (var problem = JsonDocument.Parse(body))
        {
            Assert.Equal("2026-11-26T00:00:00+00:00", problem.RootElement.GetProperty("deconfliction").GetProperty("alternativeSlot").GetProperty("startsAt").GetString());
        }

        var moved = await (await b.PostJsonAsync("/api/scans/campaigns", secondRequest with { StartsAt = Monday.AddDays(3), EndsAt = Monday.AddDays(5) }))
            .ReadAsync<CampaignRegistration>(HttpStatusCode.Created);
        Assert.Empty(moved.Deconfliction.Conflicts);

        // The hospital claims its range; an analyst confirms it; it blacks out clinical hours in Chicago.
        var range = provider == DatabaseProvider.Sqlite ? "198.51.100.0/24" : "198.51.101.0/24";
        var asset = await (await h.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = range })).ReadAsync<AssetView>(HttpStatusCode.Created);
        Assert.Equal(AssetStatus.Pending, asset.Status);
        asset = await (await staff.PostJsonAsync($"/api/scans/assets/{asset.Id}/decision", new AssetDecisionRequest { Confirm = true, Note = "ARIN record and a call to the CISO" }))
            .ReadAsync<AssetView>();
        Assert.Equal(AssetStatus.Verified, asset.Status);
        await (await h.PostJsonAsync("/api/scans/blackouts", new DeclareBlackoutRequest
        {
            TimeZone = "America/Chicago", Recurrence = BlackoutRecurrence.Weekly, Days = ["monday", "tuesday", "wednesday", "thursday", "friday"],
            Start = "07:00", End = "19:00", Reason = "clinical peak hours",
        })).ReadAsync<BlackoutView>(HttpStatusCode.Created);

        // Lab A's network scan of half the range, without consent: refused, naming the target and the asset.
        var half = range.Replace(".0/24", ".0/25", StringComparison.Ordinal);
        var scan = Campaign("Perimeter scan", [half], ScanTechnique.NetworkScanning, Monday, Monday.AddDays(3)) with { SourceAddresses = ["203.0.113.0/28"] };
        var (unauthorized, _) = await (await a.PostJsonAsync("/api/scans/campaigns", scan)).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.ScanNotAuthorized);
        Assert.Contains($"{half} (registered asset {range})", unauthorized.Detail, StringComparison.Ordinal);

        // With the hospital's consent it is registered, and told of the blackouts inside its window.
        var consent = await (await h.PostJsonAsync("/api/scans/consents", new GrantConsentRequest
        {
            AssetId = asset.Id, GranteeOrganizationId = labA.Organization.Id, Techniques = [ScanTechnique.NetworkScanning],
            ValidFrom = Monday.AddDays(-1), ValidUntil = Monday.AddDays(7), Conditions = "Nights only; 10 requests per second", MaxRequestsPerSecond = 10,
        })).ReadAsync<ConsentView>(HttpStatusCode.Created);
        var authorized = await (await a.PostJsonAsync("/api/scans/campaigns", scan)).ReadAsync<CampaignRegistration>(HttpStatusCode.Created);
        Assert.Equal(3, authorized.Deconfliction.Blackouts.Count);

        // Check-ins: cleared on Sunday night in Chicago, refused during clinical hours on Monday.
        var night = Monday.AddHours(5);
        var clinic = Monday.AddHours(15);
        var cleared = await (await a.GetAsync(Check(authorized.Campaign.Id, half.Replace(".0/25", ".7", StringComparison.Ordinal), night))).ReadAsync<ClearanceView>();
        Assert.True(cleared.Cleared, string.Join(" ", cleared.Reasons));
        var paused = await (await a.GetAsync(Check(authorized.Campaign.Id, half.Replace(".0/25", ".7", StringComparison.Ordinal), clinic))).ReadAsync<ClearanceView>();
        Assert.False(paused.Cleared);
        Assert.Contains("clinical peak hours", Assert.Single(paused.Reasons), StringComparison.Ordinal);

        // The hospital's analyst sees traffic from 203.0.113.5 and looks it up: Lab A's authorized campaign, with its contact.
        var (_, analystToken) = await host.AddMemberAsync(hospital.Organization.Id, MemberRole.Analyst, hospital.AdminToken.Secret);
        using var analyst = host.Client(analystToken);
        var whoIs = await (await analyst.GetAsync(WhoIs("203.0.113.5", night))).ReadAsync<WhoIsView>();
        Assert.True(whoIs.Registered);
        var match = Assert.Single(whoIs.Matches);
        Assert.Equal((authorized.Campaign.Id, labA.Organization.Name, "soc@lab.example", true), (match.CampaignId, match.Organization, match.Contact, match.Authorized));
        Assert.Equal([half], match.Targets);
        Assert.False((await (await analyst.GetAsync(WhoIs("203.0.113.99", night))).ReadAsync<WhoIsView>()).Registered);
        Assert.False((await (await analyst.GetAsync(WhoIs("203.0.113.5", Monday.AddDays(4)))).ReadAsync<WhoIsView>()).Registered);

        // Who-is answers only the asset's owner: Lab B owns nothing and learns nothing.
        await (await b.GetAsync(WhoIs("203.0.113.5", night))).ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);

        // The hospital revokes its consent during the campaign: the next check-in is refused, and who-is says so.
        await (await h.DeleteAsync($"/api/scans/consents/{consent.Id}")).ReadAsync<ConsentView>();
        var revoked = await (await a.GetAsync(Check(authorized.Campaign.Id, half.Replace(".0/25", ".7", StringComparison.Ordinal), night))).ReadAsync<ClearanceView>();
        Assert.False(revoked.Cleared);
        Assert.Contains("no consent of its owner is in force now", Assert.Single(revoked.Reasons), StringComparison.Ordinal);
        var after = Assert.Single((await (await analyst.GetAsync(WhoIs("203.0.113.5", night))).ReadAsync<WhoIsView>()).Matches);
        Assert.False(after.Authorized);

        // Lab A's finding names its campaign (Lab B may not name it), and its coverage record links to the finding.
        var finding = Findings.IntakeTests.Overflow("x") with { Target = new Contracts.Findings.FindingTarget { Purl = library + "@2.4.1" }, Campaign = first.Campaign.Id };
        var submitted = await (await a.PostJsonAsync("/api/findings", finding)).ReadAsync<Contracts.Findings.SubmissionResult>();
        var (foreign, _) = await (await b.PostJsonAsync("/api/findings", finding)).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Equal(["campaign"], foreign.Errors!.Keys);

        // A finding on a target outside the campaign's scope is refused, naming it: the campaign was not authorized to scan it.
        var (outside, _) = await (await a.PostJsonAsync("/api/findings", finding with { Target = new Contracts.Findings.FindingTarget { Purl = "pkg:npm/unrelated-library@1.0.0" } }))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("outside the targets of campaign", Assert.Single(outside.Errors!["target"]), StringComparison.Ordinal);

        // Lab A reports its library coverage; Lab B's campaign on the same version is told it is redundant, and by whom.
        var coverage = await (await a.PostJsonAsync($"/api/scans/campaigns/{first.Campaign.Id}/coverage", new CoverageReport
        {
            Items = [new CoverageItem { Target = library + "@2.4.1", Tool = "fuzz-agent", Model = "example-model-2" }],
        })).ReadAsync<List<CoverageView>>(HttpStatusCode.Created);
        Assert.Equal("2.4.1", Assert.Single(coverage).Version);
        Assert.Equal([Assert.Single(submitted.Items).FindingId], coverage[0].Findings);
        var redundancy = await (await b.PostJsonAsync("/api/scans/campaigns/plan", secondRequest with { Targets = [library + "@2.4.1"], StartsAt = Monday.AddDays(6), EndsAt = Monday.AddDays(7) }))
            .ReadAsync<CampaignPlanResult>();
        Assert.Equal(labA.Organization.Name, Assert.Single(redundancy.Deconfliction.Redundancy).Organization);
        Assert.True(redundancy.WouldRegister);
    }

    [Theory, BothProviders]
    public async Task Ownership_is_proven_by_a_DNS_or_web_challenge_and_overlapping_claims_wait_for_an_analyst(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var suffix = host.Clock.NewId().ToString("N")[..12];
        var owner = await host.EnrolAsync("Bank " + suffix, OrganizationKind.CriticalInfrastructureOperator);
        var rival = await host.EnrolAsync("Rival " + suffix, OrganizationKind.ScannerOperator);
        using var o = host.Client(owner.AdminToken.Secret);
        using var r = host.Client(rival.AdminToken.Secret);
        using var staff = host.Client(host.StaffToken);
        var domain = $"bank-{suffix}.example";

        var claim = await (await o.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = domain.ToUpperInvariant() })).ReadAsync<AssetView>(HttpStatusCode.Created);
        Assert.Equal((domain, AssetStatus.Pending, "_clearinghouse-challenge." + domain), (claim.Target, claim.Status, claim.Challenge!.DnsName));

        await (await o.PostJsonAsync($"/api/scans/assets/{claim.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.DnsTxt }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.OwnershipNotProven);
        host.Challenges.PublishTxt(claim.Challenge.DnsName!, "someone else's token");
        await (await o.PostJsonAsync($"/api/scans/assets/{claim.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.DnsTxt }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.OwnershipNotProven);
        host.Challenges.PublishTxt(claim.Challenge.DnsName!, claim.Challenge.Token);
        var verified = await (await o.PostJsonAsync($"/api/scans/assets/{claim.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.DnsTxt })).ReadAsync<AssetView>();
        Assert.Equal((AssetStatus.Verified, "dns-txt"), (verified.Status, verified.VerifiedBy));
        Assert.Null(verified.Challenge);

        // A rival claims a host under the verified domain: the rival's claim is disputed; the verified owner keeps its claim.
        var overlapping = await (await r.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = "www." + domain })).ReadAsync<AssetView>(HttpStatusCode.Created);
        Assert.Equal(AssetStatus.Disputed, overlapping.Status);
        host.Challenges.PublishPage($"https://www.{domain}/.well-known/clearinghouse-challenge.txt", overlapping.Challenge!.Token);
        await (await r.PostJsonAsync($"/api/scans/assets/{overlapping.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.HttpWellKnown }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);

        // Two pending claims on nested ranges are both disputed; the analysts' list shows each with the other.
        var octet = provider == DatabaseProvider.Sqlite ? 20 : 21;
        var wide = await (await o.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = $"10.{octet}.0.0/16" })).ReadAsync<AssetView>(HttpStatusCode.Created);
        var narrow = await (await r.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = $"10.{octet}.7.0/24" })).ReadAsync<AssetView>(HttpStatusCode.Created);
        Assert.Equal((AssetStatus.Pending, AssetStatus.Disputed), (wide.Status, narrow.Status));
        var disputed = await (await staff.GetAsync("/api/scans/assets?status=disputed")).ReadAsync<List<AssetView>>();
        Assert.Contains(disputed, d => d.Id == wide.Id && d.OverlappingClaims.Contains(narrow.Id));
        Assert.Contains(disputed, d => d.Id == overlapping.Id && d.OverlappingClaims.Contains(claim.Id));
        Assert.Empty((await (await r.GetAsync("/api/scans/assets")).ReadAsync<List<AssetView>>()).SelectMany(a => a.OverlappingClaims));

        // A disputed claim cannot prove itself, and an address range is not proven by a web page: an analyst decides.
        await (await o.PostJsonAsync($"/api/scans/assets/{wide.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.HttpWellKnown }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        var alone = await (await o.PostJsonAsync("/api/scans/assets", new RegisterAssetRequest { Target = $"172.{octet}.0.0/16" })).ReadAsync<AssetView>(HttpStatusCode.Created);
        await (await o.PostJsonAsync($"/api/scans/assets/{alone.Id}/verify", new VerifyAssetRequest { Method = ChallengeMethod.HttpWellKnown }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);
        await (await o.PostJsonAsync($"/api/scans/assets/{wide.Id}/decision", new AssetDecisionRequest { Confirm = true, Note = "self-confirmation" }))
            .ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var rejected = await (await staff.PostJsonAsync($"/api/scans/assets/{narrow.Id}/decision", new AssetDecisionRequest { Confirm = false, Note = "RIR shows the bank" }))
            .ReadAsync<AssetView>();
        Assert.Equal(AssetStatus.Rejected, rejected.Status);
    }

    [Theory, BothProviders]
    public async Task A_campaign_with_bad_targets_or_window_is_refused_field_by_field_and_nothing_is_written(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Lab " + host.Clock.NewId().ToString("N")[..12], OrganizationKind.ScannerOperator);
        using var client = host.Client(lab.AdminToken.Secret);
        var before = await RowCounts.OfAsync(host);

        var (problem, _) = await (await client.PostJsonAsync("/api/scans/campaigns",
                Campaign("Bad", ["pkg:npm/ok", "10.0.0.1/24", "not a target"], ScanTechnique.AgenticTesting, Monday, Monday.AddDays(400))))
            .ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        Assert.Equal(["endsAt", "sourceAddresses", "targets[1]", "targets[2]"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await RowCounts.OfAsync(host));
        (problem, _) = await (await client.GetAsync("/api/scans/who-is?address=10.0.0.0/8")).ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.Contains("address", problem.Errors!.Keys);
    }

    internal static CampaignRequest Campaign(string name, IReadOnlyList<string> targets, ScanTechnique technique, DateTimeOffset start, DateTimeOffset end) => new()
    {
        Name = name,
        Targets = targets,
        Technique = technique,
        StartsAt = start,
        EndsAt = end,
        MaxRequestsPerSecond = 10,
        Contact = "soc@lab.example",
    };

    private static string Check(Guid campaign, string target, DateTimeOffset at) =>
        $"/api/scans/check?campaign={campaign}&target={Uri.EscapeDataString(target)}&at={Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture))}";

    private static string WhoIs(string address, DateTimeOffset at) =>
        $"/api/scans/who-is?address={Uri.EscapeDataString(address)}&at={Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture))}";
}
