namespace Clearinghouse.Contracts.Scans;

/// <summary>An asset an organization claimed.</summary>
/// <param name="Id">The asset's id.</param>
/// <param name="OrganizationId">The claiming organization.</param>
/// <param name="Kind">Network, domain, repository or package.</param>
/// <param name="Target">Its normalized form.</param>
/// <param name="Status">Pending, verified, disputed or rejected.</param>
/// <param name="RegisteredAt">When it was claimed.</param>
/// <param name="VerifiedAt">When ownership was proven or confirmed.</param>
/// <param name="VerifiedBy">How: <c>dns-txt</c>, <c>http-well-known</c> or <c>analyst</c>.</param>
/// <param name="Challenge">How to prove ownership, while it is not proven (only to the claiming organization).</param>
/// <param name="OverlappingClaims">Other organizations' claims that overlap it (clearinghouse staff only).</param>
public sealed record AssetView(
    Guid Id, Guid OrganizationId, ScanTargetKind Kind, string Target, AssetStatus Status, DateTimeOffset RegisteredAt,
    DateTimeOffset? VerifiedAt, string? VerifiedBy, OwnershipChallenge? Challenge, IReadOnlyList<Guid> OverlappingClaims);

/// <summary>Where to publish the token that proves ownership.</summary>
/// <param name="Token">The token.</param>
/// <param name="DnsName">The DNS name whose TXT record must hold the token (domains).</param>
/// <param name="Url">The URL whose body must be the token.</param>
public sealed record OwnershipChallenge(string Token, string? DnsName, string? Url);

/// <summary>An owner's consent to active scanning.</summary>
/// <param name="Id">The consent's id.</param>
/// <param name="AssetId">The asset.</param>
/// <param name="Asset">The asset's normalized form.</param>
/// <param name="OwnerOrganizationId">Who consented.</param>
/// <param name="GranteeOrganizationId">Who may scan.</param>
/// <param name="Techniques">What techniques.</param>
/// <param name="ValidFrom">From when.</param>
/// <param name="ValidUntil">Until when (exclusive).</param>
/// <param name="Conditions">The agreed conditions.</param>
/// <param name="MaxRequestsPerSecond">The highest rate allowed.</param>
/// <param name="GrantedAt">When it was granted.</param>
/// <param name="RevokedAt">When the owner revoked it; from then on check-ins are refused.</param>
public sealed record ConsentView(
    Guid Id, Guid AssetId, string Asset, Guid OwnerOrganizationId, Guid GranteeOrganizationId, IReadOnlyList<ScanTechnique> Techniques,
    DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string? Conditions, int? MaxRequestsPerSecond, DateTimeOffset GrantedAt, DateTimeOffset? RevokedAt);

/// <summary>A blackout an owner declared.</summary>
/// <param name="Id">The blackout's id.</param>
/// <param name="OrganizationId">The owner.</param>
/// <param name="AssetId">The one asset it covers, or every asset of the owner when null.</param>
/// <param name="TimeZone">The IANA time zone of its times.</param>
/// <param name="Recurrence">Weekly or once.</param>
/// <param name="Days">Weekly: the weekdays it starts on.</param>
/// <param name="Start">Local start.</param>
/// <param name="End">Local end.</param>
/// <param name="Reason">Why.</param>
/// <param name="DeclaredAt">When it was declared.</param>
/// <param name="LiftedAt">When the owner lifted it, if it did.</param>
public sealed record BlackoutView(
    Guid Id, Guid OrganizationId, Guid? AssetId, string TimeZone, BlackoutRecurrence Recurrence, IReadOnlyList<string> Days, string Start, string End,
    string Reason, DateTimeOffset DeclaredAt, DateTimeOffset? LiftedAt);

/// <summary>One occurrence of a blackout, in UTC.</summary>
/// <param name="BlackoutId">The blackout.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End (exclusive).</param>
/// <param name="Reason">Why.</param>
public sealed record BlackoutOccurrence(Guid BlackoutId, DateTimeOffset Start, DateTimeOffset End, string Reason);

/// <summary>A registered campaign.</summary>
/// <param name="Id">The campaign's id (findings name it in <c>campaign</c>).</param>
/// <param name="OrganizationId">The scanner organization.</param>
/// <param name="Name">Its name.</param>
/// <param name="Technique">How it scans.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End (exclusive).</param>
/// <param name="Targets">What it scans, normalized.</param>
/// <param name="SourceAddresses">Where it scans from.</param>
/// <param name="MaxRequestsPerSecond">Its highest rate per target.</param>
/// <param name="Contact">Whom to call.</param>
/// <param name="Cancelled">When it was cancelled, if it was.</param>
/// <param name="RegisteredAt">When it was registered.</param>
public sealed record CampaignView(
    Guid Id, Guid OrganizationId, string Name, ScanTechnique Technique, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<CampaignTargetView> Targets,
    IReadOnlyList<string> SourceAddresses, int MaxRequestsPerSecond, string Contact, DateTimeOffset? Cancelled, DateTimeOffset RegisteredAt);

/// <summary>One target of a campaign.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Target">Its normalized form, without version.</param>
/// <param name="Version">The package version or repository commit, if given.</param>
public sealed record CampaignTargetView(ScanTargetKind Kind, string Target, string? Version);

/// <summary>What deconfliction found for a campaign (planned or registered).</summary>
/// <param name="Conflicts">Other campaigns on overlapping targets in an overlapping window where either is active or both use the same technique.</param>
/// <param name="ConcurrencyLimit">How many such campaigns may run on one target at once.</param>
/// <param name="AlternativeSlot">The earliest window of the same length, from the requested start, within the concurrency limit and clear of blackouts; null when none was found within a year.</param>
/// <param name="Redundancy">The same package version or repository commit covered by the same technique recently, and by whom (advisory).</param>
/// <param name="Blackouts">Blackouts of the targets' owners inside the window, during which check-ins of an active campaign are refused.</param>
public sealed record DeconflictionReport(
    IReadOnlyList<ScanConflict> Conflicts, int ConcurrencyLimit, AlternativeSlot? AlternativeSlot, IReadOnlyList<RedundantCoverage> Redundancy,
    IReadOnlyList<BlackoutOccurrence> Blackouts);

/// <summary>Another campaign in the way.</summary>
/// <param name="Target">The requested target it overlaps.</param>
/// <param name="CampaignId">The other campaign.</param>
/// <param name="Organization">The other campaign's organization, to coordinate with.</param>
/// <param name="Technique">Its technique.</param>
/// <param name="StartsAt">Its start.</param>
/// <param name="EndsAt">Its end.</param>
/// <param name="Contact">Its contact.</param>
public sealed record ScanConflict(string Target, Guid CampaignId, string Organization, ScanTechnique Technique, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Contact);

/// <summary>A window that avoids the conflicts.</summary>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="AvoidsBlackouts">False when no window of this length clear of every blackout exists within a year: the slot then only respects the concurrency limit, and the blackouts inside it pause scanning.</param>
public sealed record AlternativeSlot(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool AvoidsBlackouts);

/// <summary>Work already done.</summary>
/// <param name="Target">The target.</param>
/// <param name="Version">Its version or commit.</param>
/// <param name="Technique">The technique.</param>
/// <param name="Organization">Who covered it.</param>
/// <param name="CompletedAt">When.</param>
public sealed record RedundantCoverage(string Target, string Version, ScanTechnique Technique, string Organization, DateTimeOffset CompletedAt);

/// <summary>The answer to registering a campaign.</summary>
/// <param name="Campaign">The registered campaign.</param>
/// <param name="Deconfliction">What deconfliction found (conflicts within the concurrency limit, redundancy, blackouts).</param>
public sealed record CampaignRegistration(CampaignView Campaign, DeconflictionReport Deconfliction);

/// <summary>A target a campaign may not scan, and why.</summary>
/// <param name="Target">The target.</param>
/// <param name="Asset">The registered asset it touches.</param>
/// <param name="Reason">Why it lacks authorization.</param>
public sealed record TargetRefusal(string Target, string Asset, string Reason);

/// <summary>The answer to a check-in: may the campaign scan the target now?</summary>
/// <param name="Cleared">True when it may.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Target">The target asked about, normalized.</param>
/// <param name="At">The instant the answer is for.</param>
/// <param name="Reasons">Why not, when not cleared.</param>
public sealed record ClearanceView(bool Cleared, Guid CampaignId, string Target, DateTimeOffset At, IReadOnlyList<string> Reasons);

/// <summary>The answer to a defender's look-up of an address.</summary>
/// <param name="Address">The source address asked about.</param>
/// <param name="At">The instant asked about.</param>
/// <param name="Registered">True when a registered campaign scans from that address at that instant against the caller's assets.</param>
/// <param name="Matches">The campaigns.</param>
public sealed record WhoIsView(string Address, DateTimeOffset At, bool Registered, IReadOnlyList<WhoIsMatch> Matches);

/// <summary>A registered campaign whose traffic this may be.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Name">Its name.</param>
/// <param name="Organization">The scanner organization.</param>
/// <param name="Contact">Whom to call.</param>
/// <param name="Technique">How it scans.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="MaxRequestsPerSecond">Its declared highest rate.</param>
/// <param name="Targets">Its targets that touch the caller's assets.</param>
/// <param name="Authorized">Whether it is authorized at that instant (consent in force, no blackout).</param>
/// <param name="Reasons">Why not, when not authorized.</param>
public sealed record WhoIsMatch(
    Guid CampaignId, string Name, string Organization, string Contact, ScanTechnique Technique, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int MaxRequestsPerSecond, IReadOnlyList<string> Targets, bool Authorized, IReadOnlyList<string> Reasons);

/// <summary>A target a campaign covered.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Target">The target.</param>
/// <param name="Version">Its version or commit, if given.</param>
/// <param name="Technique">The campaign's technique.</param>
/// <param name="Tool">The tool.</param>
/// <param name="ToolVersion">The tool's version.</param>
/// <param name="Model">The AI model.</param>
/// <param name="CompletedAt">When it was reported.</param>
/// <param name="Findings">The findings the campaign submitted on this target.</param>
public sealed record CoverageView(
    Guid Id, Guid CampaignId, string Target, string? Version, ScanTechnique Technique, string Tool, string? ToolVersion, string? Model, DateTimeOffset CompletedAt,
    IReadOnlyList<Guid> Findings);

/// <summary>Targets worth scanning that nobody covered recently.</summary>
/// <param name="ExposureSource">Where the exposed-operator counts come from; "none" while no exposure data exists (counts are then null).</param>
/// <param name="Gaps">Most exposed first, then longest uncovered.</param>
public sealed record GapsReport(string ExposureSource, IReadOnlyList<CoverageGap> Gaps);

/// <summary>One uncovered target.</summary>
/// <param name="Target">The target.</param>
/// <param name="ExposedOperators">How many operators depend on it, when exposure data exists.</param>
/// <param name="LastCoveredAt">When it was last covered by this technique, or null if never.</param>
public sealed record CoverageGap(string Target, int? ExposedOperators, DateTimeOffset? LastCoveredAt);

/// <summary>What registering a campaign would meet, without registering it.</summary>
/// <param name="Refusals">The targets it may not scan for lack of consent (registration would be refused).</param>
/// <param name="Deconfliction">What deconfliction found.</param>
/// <param name="WouldRegister">True when registration would succeed now.</param>
public sealed record CampaignPlanResult(IReadOnlyList<TargetRefusal> Refusals, DeconflictionReport Deconfliction, bool WouldRegister);
