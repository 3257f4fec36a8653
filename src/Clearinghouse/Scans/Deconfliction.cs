using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>
/// The deconfliction report of a campaign, planned or registered: conflicts (from the registry), the earliest alternative
/// slot when there are any, blackouts inside the window, and redundant work (from coverage records, naming who did it).
/// </summary>
public static class Deconfliction
{
    public static async Task<DeconflictionReport> ReportAsync(ClearinghouseDb db, ScanRegistry registry, ScansOptions options, CampaignPlan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        var conflicts = registry.Conflicts(plan);
        var slot = conflicts.Count == 0 ? null : registry.AlternativeSlot(plan, options.ConcurrencyLimit, db.Clock.Now());

        var since = db.Clock.Now().AddDays(-options.RedundancyPeriodDays);
        var versioned = plan.Targets.Where(t => t.Version is not null).ToList();
        var texts = versioned.Select(t => t.Text).Distinct().ToList();
        var covered = texts.Count == 0
            ? []
            : await db.Set<ScanCoverage>().AsNoTracking()
                .Where(c => texts.Contains(c.Target) && c.Technique == plan.Technique && c.CompletedAt >= since && c.Version != null)
                .ToListAsync(ct);
        var redundant = covered.Where(c => versioned.Any(t => t.Text == c.Target && t.Version == c.Version)).OrderByDescending(c => c.CompletedAt).ToList();

        var names = await NamesAsync(db, conflicts.Select(c => c.Other.OrganizationId).Concat(redundant.Select(r => r.OrganizationId)), ct);
        return new DeconflictionReport(
            [.. conflicts.Select(c => new ScanConflict(c.Target.ToString(), c.Other.Id.Value, names[c.Other.OrganizationId], c.Other.Technique, c.Other.Start, c.Other.End, c.Other.Contact))],
            options.ConcurrencyLimit,
            slot is { } s ? new AlternativeSlot(s.Start, s.End, s.AvoidsBlackouts) : null,
            [.. redundant.Select(r => new RedundantCoverage(r.Target, r.Version!, r.Technique, names[r.OrganizationId], r.CompletedAt))],
            registry.Blackouts(plan));
    }

    /// <summary>Whether some target already has <paramref name="limit"/> conflicting campaigns, so one more is refused.</summary>
    public static bool ExceedsLimit(DeconflictionReport report, int limit)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Conflicts.GroupBy(c => c.Target).Any(g => g.Select(c => c.CampaignId).Distinct().Count() >= limit);
    }

    public static async Task<Dictionary<OrganizationId, string>> NamesAsync(ClearinghouseDb db, IEnumerable<OrganizationId> organizations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = organizations.Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
