using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Clearinghouse.Scans;
using Clearinghouse.Scans.Indexes;

namespace Clearinghouse.Tests.Scans;

/// <summary>The registry's rules without a database: conflicts and slots, consent, blackouts, claims.</summary>
public sealed class ScanRegistryTests : IDisposable
{
    private static readonly OrganizationId LabA = OrganizationId.From(Guid.Parse("0190a000-0000-7000-8000-00000000000a"));
    private static readonly OrganizationId LabB = OrganizationId.From(Guid.Parse("0190a000-0000-7000-8000-00000000000b"));
    private static readonly OrganizationId Hospital = OrganizationId.From(Guid.Parse("0190a000-0000-7000-8000-0000000000c1"));
    private static readonly OrganizationId Isp = OrganizationId.From(Guid.Parse("0190a000-0000-7000-8000-0000000000c2"));
    private readonly ScanRegistry registry = new();
    private int next;

    private static DateTimeOffset Utc(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    public void Dispose() => registry.Dispose();

    [Fact]
    public void A_second_campaign_on_the_same_library_conflicts_and_gets_the_slot_after_the_first_ends()
    {
        var first = Campaign(LabA, ScanTechnique.Fuzzing, Utc(12, 1), Utc(12, 4), "pkg:npm/imagelib@2.4.1");
        var plan = new CampaignPlan(LabB, ScanTechnique.Fuzzing, Utc(12, 2), Utc(12, 3), [ScanTarget.Parse("pkg:npm/imagelib")]);

        var (target, other) = Assert.Single(registry.Conflicts(plan));

        Assert.Equal(first.Id, other.Id);
        Assert.Equal("pkg:npm/imagelib", target.Text);
        Assert.Equal((Utc(12, 4), Utc(12, 5), true), registry.AlternativeSlot(plan, limit: 1, notBefore: Utc(11, 22)));
        Assert.Equal((Utc(12, 2), Utc(12, 3), true), registry.AlternativeSlot(plan, limit: 2, notBefore: Utc(11, 22)));
    }

    [Fact]
    public void Different_passive_techniques_do_not_conflict_but_two_active_ones_on_nested_ranges_do()
    {
        Campaign(LabA, ScanTechnique.StaticAnalysis, Utc(12, 1), Utc(12, 4), "pkg:npm/imagelib");
        Campaign(LabA, ScanTechnique.NetworkScanning, Utc(12, 1), Utc(12, 4), "2001:db8::/32");

        Assert.Empty(registry.Conflicts(new CampaignPlan(LabB, ScanTechnique.Fuzzing, Utc(12, 2), Utc(12, 3), [ScanTarget.Parse("pkg:npm/imagelib")])));
        Assert.Single(registry.Conflicts(new CampaignPlan(LabB, ScanTechnique.AgenticTesting, Utc(12, 2), Utc(12, 3), [ScanTarget.Parse("2001:db8:5::1")])));
        Assert.Empty(registry.Conflicts(new CampaignPlan(LabB, ScanTechnique.AgenticTesting, Utc(12, 4), Utc(12, 5), [ScanTarget.Parse("2001:db8:5::1")])));
        Assert.Empty(registry.Conflicts(new CampaignPlan(LabB, ScanTechnique.AgenticTesting, Utc(12, 2), Utc(12, 3), [ScanTarget.Parse("10.0.0.1")])));
    }

    [Fact]
    public void The_alternative_slot_waits_for_the_concurrency_limit_and_then_for_the_owners_blackout_in_its_time_zone()
    {
        var asset = Asset(Hospital, "198.51.100.0/24", AssetStatus.Verified);
        Consent(asset, LabA, ScanTechnique.NetworkScanning, Utc(11, 1), Utc(12, 31));
        Consent(asset, LabB, ScanTechnique.NetworkScanning, Utc(11, 1), Utc(12, 31));
        Campaign(LabA, ScanTechnique.NetworkScanning, Utc(11, 28), Utc(12, 1), "198.51.100.0/24");

        // A change freeze from 1 December 00:00 to 3 December 00:00, Chicago time (UTC-6).
        Blackout(Hospital, null, BlackoutRecurrence.Once, "America/Chicago", [], "2026-12-01T00:00", "2026-12-03T00:00");
        var plan = new CampaignPlan(LabB, ScanTechnique.NetworkScanning, Utc(11, 29), Utc(12, 1), [ScanTarget.Parse("198.51.100.128/25")]);

        Assert.Equal((Utc(12, 3, 6), Utc(12, 5, 6), true), registry.AlternativeSlot(plan, limit: 1, notBefore: Utc(11, 22)));
        Assert.Equal(
            [new BlackoutOccurrence(BlackoutIds.Last().Value, Utc(12, 1, 6), Utc(12, 3, 6), "change freeze")],
            registry.Blackouts(plan with { Start = Utc(11, 30), End = Utc(12, 2) }));
    }

    [Fact]
    public void When_blackouts_leave_no_gap_long_enough_the_slot_only_respects_the_limit_and_says_so()
    {
        var asset = Asset(Hospital, "hospital.example", AssetStatus.Verified);
        Consent(asset, LabB, ScanTechnique.DynamicTesting, Utc(11, 1), Utc(12, 31));
        Blackout(Hospital, asset, BlackoutRecurrence.Weekly, "America/Chicago", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], "07:00", "19:00");
        var plan = new CampaignPlan(LabB, ScanTechnique.DynamicTesting, Utc(12, 1), Utc(12, 3), [ScanTarget.Parse("portal.hospital.example")]);

        var slot = registry.AlternativeSlot(plan, limit: 1, notBefore: Utc(11, 22));

        Assert.Equal((Utc(12, 1), Utc(12, 3), false), slot);
        Assert.Equal([Utc(11, 30, 13), Utc(12, 1, 13), Utc(12, 2, 13)], registry.Blackouts(plan).Select(o => o.Start));
    }

    [Fact]
    public void An_active_campaign_needs_consent_for_every_registered_asset_it_touches_and_a_revocation_stops_check_ins_at_once()
    {
        var hospital = Asset(Hospital, "198.51.100.0/24", AssetStatus.Verified);
        Asset(Isp, "198.51.0.0/16", AssetStatus.Pending);
        var consent = Consent(hospital, LabA, ScanTechnique.NetworkScanning, Utc(11, 1), Utc(12, 31));
        var plan = new CampaignPlan(LabA, ScanTechnique.NetworkScanning, Utc(12, 1), Utc(12, 10), [ScanTarget.Parse("198.51.100.0/25")]);

        // The ISP's pending claim on the /16 around it cannot consent yet: refused, naming that asset.
        var refusal = Assert.Single(registry.Authorize(plan));
        Assert.Equal(("198.51.100.0/25", "198.51.0.0/16"), (refusal.Target, refusal.Asset));
        Assert.Contains("not verified", refusal.Reason, StringComparison.Ordinal);

        Asset(Isp, "198.51.0.0/16", AssetStatus.Rejected, reuse: true);
        Assert.Empty(registry.Authorize(plan));
        Assert.NotEmpty(registry.Authorize(plan with { End = Utc(12, 31, 1) }));
        Assert.NotEmpty(registry.Authorize(plan with { Technique = ScanTechnique.AgenticTesting }));
        Assert.NotEmpty(registry.Authorize(plan with { OrganizationId = LabB }));
        Assert.Empty(registry.Authorize(plan with { OrganizationId = LabB, Technique = ScanTechnique.StaticAnalysis }));

        var campaign = Campaign(LabA, ScanTechnique.NetworkScanning, Utc(12, 1), Utc(12, 10), "198.51.100.0/25");
        Assert.Equal([], registry.Check(campaign.Id, LabA, ScanTarget.Parse("198.51.100.7"), Utc(12, 5)));

        consent.RevokedAt = Utc(12, 5);
        registry.Apply(consent);

        var reason = Assert.Single(registry.Check(campaign.Id, LabA, ScanTarget.Parse("198.51.100.7"), Utc(12, 5))!);
        Assert.Contains("no consent of its owner is in force now", reason, StringComparison.Ordinal);
        Assert.Null(registry.Check(campaign.Id, LabB, ScanTarget.Parse("198.51.100.7"), Utc(12, 5)));
    }

    [Fact]
    public void A_check_in_is_refused_outside_the_window_off_target_and_during_a_blackout_on_the_daylight_saving_night()
    {
        var asset = Asset(Hospital, "203.0.113.0/24", AssetStatus.Verified);
        Consent(asset, LabA, ScanTechnique.AgenticTesting, Utc(3, 1), Utc(3, 31));
        Blackout(Hospital, null, BlackoutRecurrence.Weekly, "America/New_York", ["sunday"], "01:00", "04:00");
        var campaign = Campaign(LabA, ScanTechnique.AgenticTesting, Utc(3, 7), Utc(3, 9), "203.0.113.0/28");

        Assert.Empty(registry.Check(campaign.Id, LabA, ScanTarget.Parse("203.0.113.5"), Utc(3, 8, 8))!);
        Assert.Contains("blackout", Assert.Single(registry.Check(campaign.Id, LabA, ScanTarget.Parse("203.0.113.5"), Utc(3, 8, 7))!), StringComparison.Ordinal);
        Assert.Contains("not among the campaign's targets", Assert.Single(registry.Check(campaign.Id, LabA, ScanTarget.Parse("203.0.113.77"), Utc(3, 8, 9))!), StringComparison.Ordinal);
        Assert.Contains("window", Assert.Single(registry.Check(campaign.Id, LabA, ScanTarget.Parse("203.0.113.5"), Utc(3, 9, 1))!), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_is_finds_the_campaign_by_its_source_range_and_only_where_it_touches_the_asked_assets()
    {
        var asset = Asset(Hospital, "203.0.113.0/24", AssetStatus.Verified);
        Consent(asset, LabA, ScanTechnique.NetworkScanning, Utc(3, 1), Utc(3, 31));
        var campaign = Campaign(LabA, ScanTechnique.NetworkScanning, Utc(3, 7), Utc(3, 9), "203.0.113.0/28", sources: ["192.0.2.0/26", "2001:db8:aa::/48"]);
        ScanTarget[] mine = [ScanTarget.Parse(asset.Target, allowVersion: false)];

        var (found, targets, reasons) = Assert.Single(registry.WhoIs(NetworkPrefix.Parse("2001:db8:aa:1::9"), Utc(3, 8), mine));
        Assert.Equal(campaign.Id, found.Id);
        Assert.Equal(["203.0.113.0/28"], targets.Select(t => t.Text));
        Assert.Empty(reasons);
        Assert.Empty(registry.WhoIs(NetworkPrefix.Parse("192.0.2.64"), Utc(3, 8), mine));
        Assert.Empty(registry.WhoIs(NetworkPrefix.Parse("192.0.2.9"), Utc(3, 9), mine));
        Assert.Empty(registry.WhoIs(NetworkPrefix.Parse("192.0.2.9"), Utc(3, 8), [ScanTarget.Parse("198.51.100.0/24")]));
        Assert.Single(registry.WhoIs(NetworkPrefix.Parse("192.0.2.9"), Utc(3, 8), null));
    }

    [Fact]
    public void Overlapping_claims_are_other_organizations_claims_that_are_not_rejected()
    {
        Asset(Isp, "198.51.0.0/16", AssetStatus.Verified);
        Asset(Hospital, "198.51.100.0/24", AssetStatus.Pending);
        Asset(LabA, "198.51.100.0/28", AssetStatus.Rejected);

        Assert.Equal([Isp], registry.OverlappingClaims(ScanTarget.Parse("198.51.100.0/24"), Hospital).Select(a => a.OrganizationId));
        Assert.Equal(2, registry.OverlappingClaims(ScanTarget.Parse("198.51.100.0/26"), LabB).Count);
        Assert.Empty(registry.OverlappingClaims(ScanTarget.Parse("198.52.0.0/16"), LabB));
    }

    private List<BlackoutId> BlackoutIds { get; } = [];

    private Guid NextId() => Guid.Parse($"0190b000-0000-7000-8000-{++next:D12}");

    private readonly Dictionary<string, ScanAsset> assetsByTarget = [];

    private ScanAsset Asset(OrganizationId owner, string target, AssetStatus status, bool reuse = false)
    {
        var parsed = ScanTarget.Parse(target, allowVersion: false);
        var asset = new ScanAsset
        {
            Id = reuse ? assetsByTarget[target].Id : AssetId.From(NextId()),
            OrganizationId = owner,
            Kind = parsed.Kind,
            Target = parsed.Text,
            Status = status,
            ChallengeToken = "t",
        };
        assetsByTarget[target] = asset;
        registry.Apply(asset);
        return asset;
    }

    private ScanConsent Consent(ScanAsset asset, OrganizationId grantee, ScanTechnique technique, DateTimeOffset from, DateTimeOffset until)
    {
        var consent = new ScanConsent
        {
            Id = ConsentId.From(NextId()),
            AssetId = asset.Id,
            OwnerOrganizationId = asset.OrganizationId,
            GranteeOrganizationId = grantee,
            Techniques = ScanWire.FormatTechniques([technique]),
            ValidFrom = from,
            ValidUntil = until,
        };
        registry.Apply(consent);
        return consent;
    }

    private void Blackout(OrganizationId owner, ScanAsset? asset, BlackoutRecurrence recurrence, string zone, string[] days, string start, string end)
    {
        var blackout = new ScanBlackout
        {
            Id = BlackoutId.From(NextId()),
            OrganizationId = owner,
            AssetId = asset?.Id,
            TimeZone = zone,
            Recurrence = recurrence,
            Days = string.Join(',', days),
            Start = start,
            End = end,
            Reason = "change freeze",
        };
        BlackoutIds.Add(blackout.Id);
        registry.Apply(blackout);
    }

    private CampaignEntry Campaign(OrganizationId lab, ScanTechnique technique, DateTimeOffset start, DateTimeOffset end, string target, string[]? sources = null)
    {
        var entry = new CampaignEntry(CampaignId.From(NextId()), lab, "campaign", technique, start, end, [ScanTarget.Parse(target)],
            [.. (sources ?? ["192.0.2.0/26"]).Select(NetworkPrefix.Parse)], 10, "soc@lab.example");
        registry.Add(entry);
        return entry;
    }
}
