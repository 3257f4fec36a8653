using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Clearinghouse.Scans.Indexes;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>A registered campaign as the registry holds it.</summary>
public sealed record CampaignEntry(
    CampaignId Id, OrganizationId OrganizationId, string Name, ScanTechnique Technique, DateTimeOffset Start, DateTimeOffset End,
    IReadOnlyList<ScanTarget> Targets, IReadOnlyList<NetworkPrefix> Sources, int MaxRequestsPerSecond, string Contact);

/// <summary>A claimed asset as the registry holds it.</summary>
public sealed record AssetEntry(AssetId Id, OrganizationId OrganizationId, ScanTarget Target, AssetStatus Status);

/// <summary>A consent in force or to come (revoked consents are dropped).</summary>
public sealed record ConsentEntry(ConsentId Id, AssetId AssetId, OrganizationId Grantee, IReadOnlyList<ScanTechnique> Techniques, DateTimeOffset From, DateTimeOffset Until);

/// <summary>A blackout not lifted.</summary>
public sealed record BlackoutEntry(BlackoutId Id, OrganizationId OrganizationId, AssetId? AssetId, BlackoutSchedule Schedule, string Reason);

/// <summary>What deconfliction and authorization are asked about: a campaign planned, or one registered (<see cref="Self"/>).</summary>
public sealed record CampaignPlan(OrganizationId OrganizationId, ScanTechnique Technique, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ScanTarget> Targets, CampaignId? Self = null);

/// <summary>
/// The in-memory indexes behind check-ins, who-is look-ups and deconfliction (DESIGN.md §5): every campaign-target window in
/// a prefix index of targets, every campaign's source ranges in a prefix index of addresses, each key holding its windows
/// sorted by start; assets in a prefix index too. Loaded from the database on first use and kept current by the use cases,
/// which apply each change right after the transaction that made it commits.
/// </summary>
public sealed class ScanRegistry : IDisposable
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    private readonly ReaderWriterLockSlim gate = new();
    private static readonly string[] Subjects = ["scan-asset", "scan-consent", "scan-blackout", "scan-campaign"];

    private readonly SemaphoreSlim gateForChanges = new(1, 1);
    private readonly TargetIndex<WindowList<TargetWindow>> windows = new();
    private readonly PrefixIndex<NetworkPrefix, WindowList<SourceWindow>> sources = new();
    private readonly Dictionary<CampaignId, (CampaignEntry Entry, TargetWindow[] Targets, SourceWindow[] Sources)> campaigns = [];
    private readonly TargetIndex<List<AssetEntry>> assetIndex = new();
    private readonly Dictionary<AssetId, AssetEntry> assets = [];
    private readonly Dictionary<AssetId, List<ConsentEntry>> consents = [];
    private readonly Dictionary<ConsentId, ConsentEntry> consentsById = [];
    private readonly Dictionary<OrganizationId, List<BlackoutEntry>> blackouts = [];
    private bool loaded;
    private long applied;

    /// <summary>
    /// Loads the registry from the database the first time it is needed; afterwards, applies the Scans changes other
    /// server processes committed since the last call, found in the audit trail (every change appends its entry in the same
    /// transaction). So a consent revoked through another server is refused by this one's next check-in.
    /// </summary>
    public async Task EnsureCurrentAsync(ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await gateForChanges.WaitAsync(ct);
        try
        {
            if (!loaded)
            {
                await LoadAsync(db, ct);
                return;
            }

            var changes = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > applied && Subjects.Contains(e.SubjectType))
                .Select(e => new { e.Sequence, e.SubjectType, e.SubjectId }).ToListAsync(ct);
            var head = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            foreach (var change in changes.DistinctBy(c => (c.SubjectType, c.SubjectId)))
            {
                if (!Guid.TryParse(change.SubjectId, out var id))
                {
                    continue;
                }

                switch (change.SubjectType)
                {
                    case "scan-asset" when await db.Set<ScanAsset>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == AssetId.From(id), ct) is { } asset:
                        ApplyCore(asset);
                        break;
                    case "scan-consent" when await db.Set<ScanConsent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == ConsentId.From(id), ct) is { } consent:
                        ApplyCore(consent);
                        break;
                    case "scan-blackout" when await db.Set<ScanBlackout>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == BlackoutId.From(id), ct) is { } blackout:
                        ApplyCore(blackout);
                        break;
                    case "scan-campaign" when await db.Set<ScanCampaign>().AsNoTracking().Include(x => x.Targets).FirstOrDefaultAsync(x => x.Id == CampaignId.From(id), ct) is { } campaign:
                        ApplyCore(campaign);
                        break;
                }
            }

            applied = Math.Max(applied, Math.Max(head, changes.Count == 0 ? 0 : changes.Max(c => c.Sequence)));
        }
        finally
        {
            gateForChanges.Release();
        }
    }

    /// <summary>Applies a change this process just committed. Serialized with catching up, so that an older read never overwrites it.</summary>
    public void Apply(ScanCampaign campaign) => Serialized(() => ApplyCore(campaign));

    public void Apply(ScanAsset asset) => Serialized(() => ApplyCore(asset));

    public void Apply(ScanConsent consent) => Serialized(() => ApplyCore(consent));

    public void Apply(ScanBlackout blackout) => Serialized(() => ApplyCore(blackout));

    private void Serialized(Action apply)
    {
        gateForChanges.Wait();
        try
        {
            apply();
        }
        finally
        {
            gateForChanges.Release();
        }
    }

    private async Task LoadAsync(ClearinghouseDb db, CancellationToken ct)
    {
        // The head is read first: a change committed while loading is then applied again by the next catch-up, harmlessly.
        applied = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        foreach (var asset in await db.Set<ScanAsset>().AsNoTracking().ToListAsync(ct))
        {
            ApplyCore(asset);
        }

        foreach (var consent in await db.Set<ScanConsent>().AsNoTracking().Where(c => c.RevokedAt == null).ToListAsync(ct))
        {
            ApplyCore(consent);
        }

        foreach (var blackout in await db.Set<ScanBlackout>().AsNoTracking().Where(b => b.LiftedAt == null).ToListAsync(ct))
        {
            ApplyCore(blackout);
        }

        var targets = (await db.Set<ScanCampaignTarget>().AsNoTracking().ToListAsync(ct)).ToLookup(t => t.CampaignId);
        foreach (var campaign in await db.Set<ScanCampaign>().AsNoTracking().Where(c => c.CancelledAt == null).ToListAsync(ct))
        {
            campaign.Targets.AddRange(targets[campaign.Id]);
            ApplyCore(campaign);
        }

        loaded = true;
    }

    private void ApplyCore(ScanCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var entry = new CampaignEntry(
            campaign.Id, campaign.OrganizationId, campaign.Name, campaign.Technique, campaign.StartsAt, campaign.EndsAt,
            [.. campaign.Targets.Select(t => t.Parsed())], [.. campaign.SourceList.Select(NetworkPrefix.Parse)], campaign.MaxRequestsPerSecond, campaign.Contact);
        Add(entry, cancelled: campaign.CancelledAt is not null);
    }

    /// <summary>Adds (or replaces, or with <paramref name="cancelled"/> removes) a campaign; the benchmarks fill the registry through this.</summary>
    public void Add(CampaignEntry entry, bool cancelled = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        gate.EnterWriteLock();
        try
        {
            if (campaigns.Remove(entry.Id, out var old))
            {
                foreach (var window in old.Targets)
                {
                    RemoveWindow(windows, window.Target, window);
                }

                foreach (var window in old.Sources)
                {
                    if (sources.TryGet(window.Source, out var list) && list.Remove(window) && list.Count == 0)
                    {
                        sources.Remove(window.Source);
                    }
                }
            }

            if (cancelled)
            {
                return;
            }

            var targetWindows = entry.Targets.Select(t => new TargetWindow(entry, t)).ToArray();
            var sourceWindows = entry.Sources.Select(s => new SourceWindow(entry, s)).ToArray();
            foreach (var window in targetWindows)
            {
                windows.GetOrAdd(window.Target).Add(window);
            }

            foreach (var window in sourceWindows)
            {
                sources.GetOrAdd(window.Source).Add(window);
            }

            campaigns[entry.Id] = (entry, targetWindows, sourceWindows);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void ApplyCore(ScanAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var entry = new AssetEntry(asset.Id, asset.OrganizationId, ScanTarget.Parse(asset.Target, allowVersion: false), asset.Status);
        gate.EnterWriteLock();
        try
        {
            if (assets.Remove(asset.Id, out var old) && assetIndex.TryGet(old.Target, out var list))
            {
                list.RemoveAll(a => a.Id == asset.Id);
                if (list.Count == 0)
                {
                    assetIndex.Remove(old.Target);
                }
            }

            assets[asset.Id] = entry;
            assetIndex.GetOrAdd(entry.Target).Add(entry);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void ApplyCore(ScanConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        gate.EnterWriteLock();
        try
        {
            if (consentsById.Remove(consent.Id, out var old))
            {
                consents[old.AssetId].Remove(old);
            }

            if (consent.RevokedAt is null)
            {
                var entry = new ConsentEntry(consent.Id, consent.AssetId, consent.GranteeOrganizationId, consent.TechniqueList, consent.ValidFrom, consent.ValidUntil);
                consentsById[consent.Id] = entry;
                (consents.TryGetValue(consent.AssetId, out var list) ? list : consents[consent.AssetId] = []).Add(entry);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void ApplyCore(ScanBlackout blackout)
    {
        ArgumentNullException.ThrowIfNull(blackout);
        gate.EnterWriteLock();
        try
        {
            var list = blackouts.TryGetValue(blackout.OrganizationId, out var existing) ? existing : blackouts[blackout.OrganizationId] = [];
            list.RemoveAll(b => b.Id == blackout.Id);
            if (blackout.LiftedAt is null)
            {
                list.Add(new BlackoutEntry(blackout.Id, blackout.OrganizationId, blackout.AssetId, blackout.Schedule(), blackout.Reason));
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Whether two campaigns on the same target at the same time get in each other's way: both touch live systems, or both do the same work.</summary>
    public static bool Conflicting(ScanTechnique a, ScanTechnique b) => (a.IsActive() && b.IsActive()) || a == b;

    /// <summary>Other campaigns on an overlapping target in an overlapping window with a conflicting technique, per requested target.</summary>
    public IReadOnlyList<(ScanTarget Target, CampaignEntry Other)> Conflicts(CampaignPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        gate.EnterReadLock();
        try
        {
            return [.. plan.Targets.SelectMany(t => ConflictsOn(plan, t, plan.Start, plan.End).Select(c => (t, c)))];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// The earliest window of the plan's length starting at or after <paramref name="notBefore"/> in which every target has
    /// fewer than <paramref name="limit"/> conflicting campaigns and (for active techniques) no owner's blackout. When no
    /// such window exists within a year, the earliest that respects the limit alone, marked as not avoiding blackouts.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End, bool AvoidsBlackouts)? AlternativeSlot(CampaignPlan plan, int limit, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(plan);
        gate.EnterReadLock();
        try
        {
            var strict = FindSlot(plan, limit, notBefore, plan.Technique.IsActive());
            if (strict is { } found)
            {
                return (found, found + (plan.End - plan.Start), true);
            }

            return FindSlot(plan, limit, notBefore, respectBlackouts: false) is { } loose ? (loose, loose + (plan.End - plan.Start), false) : null;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The targets an active campaign may not scan for its whole window, and why. Passive techniques need no consent.</summary>
    public IReadOnlyList<TargetRefusal> Authorize(CampaignPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        gate.EnterReadLock();
        try
        {
            return [.. plan.Targets.SelectMany(t => Refusals(plan.OrganizationId, plan.Technique, t, plan.Start, plan.End))];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The blackouts of the targets' owners inside the plan's window (active techniques only), earliest first.</summary>
    public IReadOnlyList<BlackoutOccurrence> Blackouts(CampaignPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Technique.IsActive())
        {
            return [];
        }

        gate.EnterReadLock();
        try
        {
            return [.. plan.Targets.SelectMany(t => BlackoutsOn(plan.OrganizationId, t))
                .Distinct()
                .SelectMany(b => b.Schedule.Occurrences(plan.Start, plan.End).Select(o => new BlackoutOccurrence(b.Id.Value, o.Start, o.End, b.Reason)))
                .Distinct()
                .OrderBy(o => o.Start)];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// A scanner's check-in: may <paramref name="campaignId"/> scan <paramref name="target"/> at <paramref name="at"/>?
    /// Null when the campaign is unknown, cancelled, or not <paramref name="organization"/>'s; else the reasons it may not (none: cleared).
    /// </summary>
    public IReadOnlyList<string>? Check(CampaignId campaignId, OrganizationId organization, ScanTarget target, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(target);
        gate.EnterReadLock();
        try
        {
            if (!campaigns.TryGetValue(campaignId, out var found) || found.Entry.OrganizationId != organization)
            {
                return null;
            }

            var campaign = found.Entry;
            var reasons = new List<string>();
            if (at < campaign.Start || at >= campaign.End)
            {
                reasons.Add($"The campaign's window is {campaign.Start:u} to {campaign.End:u}; it is {at:u}.");
            }

            if (!campaign.Targets.Any(t => t.Covers(target)))
            {
                reasons.Add($"{target.Text} is not among the campaign's targets.");
            }

            reasons.AddRange(ReasonsAt(campaign, target, at));
            return reasons;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// A defender's look-up: the campaigns scanning from <paramref name="source"/> at <paramref name="at"/> whose targets touch
    /// <paramref name="scope"/> (everything when null), with the targets they touch and why each is not authorized then, if it is not.
    /// </summary>
    public IReadOnlyList<(CampaignEntry Campaign, IReadOnlyList<ScanTarget> Targets, IReadOnlyList<string> Reasons)> WhoIs(
        NetworkPrefix source, DateTimeOffset at, IReadOnlyList<ScanTarget>? scope)
    {
        gate.EnterReadLock();
        try
        {
            var found = new List<(CampaignEntry, IReadOnlyList<ScanTarget>, IReadOnlyList<string>)>();
            foreach (var (_, list) in sources.Containing(source))
            {
                foreach (var window in list.At(at))
                {
                    var campaign = window.Campaign;
                    var touched = campaign.Targets.Where(t => scope is null || scope.Any(s => s.Overlaps(t))).ToList();
                    if (touched.Count > 0 && !found.Any(f => f.Item1.Id == campaign.Id))
                    {
                        found.Add((campaign, touched, [.. touched.SelectMany(t => ReasonsAt(campaign, t, at)).Distinct()]));
                    }
                }
            }

            return found;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The verified assets of <paramref name="organization"/>.</summary>
    public IReadOnlyList<AssetEntry> VerifiedAssets(OrganizationId organization)
    {
        gate.EnterReadLock();
        try
        {
            return [.. assets.Values.Where(a => a.OrganizationId == organization && a.Status == AssetStatus.Verified)];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Other organizations' claims (not rejected) that overlap <paramref name="target"/>.</summary>
    public IReadOnlyList<AssetEntry> OverlappingClaims(ScanTarget target, OrganizationId except)
    {
        ArgumentNullException.ThrowIfNull(target);
        gate.EnterReadLock();
        try
        {
            return [.. assetIndex.Overlapping(target).SelectMany(l => l).Where(a => a.OrganizationId != except && a.Status != AssetStatus.Rejected)];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        gateForChanges.Dispose();
    }

    private static void RemoveWindow(TargetIndex<WindowList<TargetWindow>> index, ScanTarget target, TargetWindow window)
    {
        if (index.TryGet(target, out var list) && list.Remove(window) && list.Count == 0)
        {
            index.Remove(target);
        }
    }

    private IEnumerable<CampaignEntry> ConflictsOn(CampaignPlan plan, ScanTarget target, DateTimeOffset from, DateTimeOffset to)
    {
        var seen = new HashSet<CampaignId>();
        foreach (var list in windows.Overlapping(target))
        {
            foreach (var window in list.Overlapping(from, to))
            {
                if (window.Campaign.Id != plan.Self && Conflicting(plan.Technique, window.Campaign.Technique) && seen.Add(window.Campaign.Id))
                {
                    yield return window.Campaign;
                }
            }
        }
    }

    private DateTimeOffset? FindSlot(CampaignPlan plan, int limit, DateTimeOffset notBefore, bool respectBlackouts)
    {
        var length = plan.End - plan.Start;
        var start = plan.Start > notBefore ? plan.Start : notBefore;
        var owners = respectBlackouts ? plan.Targets.SelectMany(t => BlackoutsOn(plan.OrganizationId, t)).Distinct().ToList() : [];
        for (var step = 0; step < 10_000 && start - plan.Start <= Horizon; step++)
        {
            var end = start + length;
            var earliest = start;
            foreach (var target in plan.Targets)
            {
                var ends = ConflictsOn(plan, target, start, end).Select(c => c.End).Order().ToList();
                if (ends.Count >= limit)
                {
                    // All but limit-1 of the campaigns in the way must have ended: wait for the (count-limit+1)th to end.
                    earliest = Max(earliest, ends[ends.Count - limit]);
                }
            }

            foreach (var blackout in owners)
            {
                foreach (var occurrence in blackout.Schedule.Occurrences(start, end))
                {
                    earliest = Max(earliest, occurrence.End);
                }
            }

            if (earliest == start)
            {
                return start;
            }

            start = earliest;
        }

        return null;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>Other organizations' claims on or around the target that need their consent (own assets need none).</summary>
    private IEnumerable<AssetEntry> OwnedByOthers(OrganizationId scanner, ScanTarget target) =>
        assetIndex.Overlapping(target).SelectMany(l => l).Where(a => a.OrganizationId != scanner && a.Status != AssetStatus.Rejected);

    private IEnumerable<BlackoutEntry> BlackoutsOn(OrganizationId scanner, ScanTarget target) =>
        OwnedByOthers(scanner, target).SelectMany(asset => blackouts.TryGetValue(asset.OrganizationId, out var list)
            ? list.Where(b => b.AssetId is null || b.AssetId == asset.Id)
            : []);

    private IEnumerable<TargetRefusal> Refusals(OrganizationId scanner, ScanTechnique technique, ScanTarget target, DateTimeOffset from, DateTimeOffset to)
    {
        if (!technique.IsActive())
        {
            yield break;
        }

        foreach (var asset in OwnedByOthers(scanner, target))
        {
            if (asset.Status != AssetStatus.Verified)
            {
                yield return new TargetRefusal(target.ToString(), asset.Target.Text,
                    "Another organization claims this asset and its ownership is not verified yet, so nobody can consent to active scanning of it.");
            }
            else if (!(consents.TryGetValue(asset.Id, out var granted)
                && granted.Any(c => c.Grantee == scanner && c.Techniques.Contains(technique) && c.From <= from && to <= c.Until)))
            {
                yield return new TargetRefusal(target.ToString(), asset.Target.Text,
                    $"The owner has not consented to {Contracts.ContractJson.EnumName(technique)} by your organization from {from:u} to {to:u}.");
            }
        }
    }

    private IEnumerable<string> ReasonsAt(CampaignEntry campaign, ScanTarget target, DateTimeOffset at)
    {
        foreach (var refusal in Refusals(campaign.OrganizationId, campaign.Technique, target, at, at.AddTicks(1)))
        {
            yield return $"{refusal.Target} touches {refusal.Asset}: {(refusal.Reason.StartsWith("The owner", StringComparison.Ordinal) ? "no consent of its owner is in force now (never given, expired or revoked)." : refusal.Reason)}";
        }

        if (campaign.Technique.IsActive())
        {
            foreach (var blackout in BlackoutsOn(campaign.OrganizationId, target).Distinct())
            {
                foreach (var (start, end) in blackout.Schedule.Occurrences(at, at.AddTicks(1)))
                {
                    yield return $"{target.Text} is in its owner's blackout ({blackout.Reason}) from {start:u} to {end:u}.";
                }
            }
        }
    }

    private sealed class TargetWindow(CampaignEntry campaign, ScanTarget target) : IWindowed
    {
        public CampaignEntry Campaign { get; } = campaign;

        public ScanTarget Target { get; } = target;

        public DateTimeOffset From => Campaign.Start;

        public DateTimeOffset Until => Campaign.End;
    }

    private sealed class SourceWindow(CampaignEntry campaign, NetworkPrefix source) : IWindowed
    {
        public CampaignEntry Campaign { get; } = campaign;

        public NetworkPrefix Source { get; } = source;

        public DateTimeOffset From => Campaign.Start;

        public DateTimeOffset Until => Campaign.End;
    }
}
