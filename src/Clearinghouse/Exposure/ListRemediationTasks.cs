using Clearinghouse.Access;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Purl;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>
/// The organization's remediation queue: its open exposures, most urgent first, each with its due date and the reason
/// in plain words. Priorities are worked out when asked, from the current knowledge base, so a KEV listing or a new fix
/// changes them without a rewrite of every exposure.
/// </summary>
public static class ListRemediationTasks
{
    public static async Task<Results<Ok<IReadOnlyList<ExposureView>>, ProblemHttpResult>> Handle(
        Guid? organization, bool? overdue, Principal caller, ClearinghouseDb db, ExposureEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var (org, problem) = await ReadableOrganizations.FindAsync(db, caller, organization, ct);
        if (org is null)
        {
            return problem!;
        }

        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var assessed = (await AssessAsync(db, engine, [org], today, ct)).GetValueOrDefault(org.Id) ?? [];
        var views = assessed.Where(a => a.Exposure.IsOpen(today)).Select(a => a.View)
            .Where(v => overdue != true || v.Overdue)
            .OrderByDescending(v => v.Score).ThenBy(v => v.DueDate ?? DateOnly.MaxValue).ThenBy(v => v.Component, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<ExposureView>>(views);
    }

    /// <summary>
    /// Every exposure (open or not) of the organizations' current assets with its priority and due date as of
    /// <paramref name="today"/>: the one reading of the queue that directives, the figures and the due-soon sweep share.
    /// </summary>
    internal static async Task<Dictionary<OrganizationId, List<AssessedExposure>>> AssessAsync(
        ClearinghouseDb db, ExposureEngine engine, IReadOnlyCollection<Organization> organizations, DateOnly today, CancellationToken ct)
    {
        await engine.EnsureLoadedAsync(db, ct);
        var ids = organizations.Select(o => o.Id).ToList();
        var assets = await db.Set<Asset>().AsNoTracking().Where(a => ids.Contains(a.OrganizationId) && a.DeletedAt == null).ToDictionaryAsync(a => a.Id, ct);
        var exposures = (await db.Set<AssetExposure>().AsNoTracking().Where(e => ids.Contains(e.OrganizationId)).ToListAsync(ct))
            .Where(e => assets.ContainsKey(e.AssetId)).ToList();
        var result = new Dictionary<OrganizationId, List<AssessedExposure>>();
        foreach (var org in organizations)
        {
            var own = exposures.Where(e => e.OrganizationId == org.Id).ToList();
            var reach = own.Where(e => e.IsOpen(today)).GroupBy(e => e.VulnerabilityId).ToDictionary(g => g.Key, g => g.Select(e => e.AssetId).Distinct().Count());
            var impact = Organization.MissionWellbeingOf(org.Sector, org.SizeTier, org.MissionWellbeingSetting).Impact;
            result[org.Id] = [.. own.Select(e => new AssessedExposure(e, assets[e.AssetId],
                View(e, assets[e.AssetId], engine, impact, org.Kind == OrganizationKind.FederalAgency, reach.GetValueOrDefault(e.VulnerabilityId, 1), today)))];
        }

        return result;
    }

    internal static ExposureView View(AssetExposure e, Asset asset, ExposureEngine engine, Standards.Ssvc.MissionWellbeingImpact? impact, bool federal, int reach, DateOnly today)
    {
        var fixes = e.FixedVersions.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var vulnerability = engine.Index.Find(e.VulnerabilityId);
        if (vulnerability is null || !PackageUrl.TryParse(e.Component, out var purl, out _) || !PackageKey.TryFromPurl(purl, out var key))
        {
            return new ExposureView(e.Id, e.AssetId, asset.Name, e.Component, e.VulnerabilityId, [], null, fixes, e.Status, false, null, 0, null, false,
                "the vulnerability is no longer in the knowledge base (withdrawn or merged)", e.FirstSeenAt);
        }

        var match = new AdvisoryMatch(vulnerability, key, purl.Version!, fixes);
        var priority = engine.Prioritizer.Prioritize(new ExposureFacts(
            match, purl.Name, (Standards.Matching.AssetCriticality)(int)asset.Criticality, asset.InternetExposed, impact, federal, reach, DateOnly.FromDateTime(e.FirstSeenAt.UtcDateTime)));
        var isOpen = e.IsOpen(today);
        return new ExposureView(e.Id, e.AssetId, asset.Name, e.Component, vulnerability.Id, vulnerability.Aliases, vulnerability.Summary, fixes, e.Status,
            vulnerability.Kev is not null, priority.Decision, priority.Score, priority.DueDate, isOpen && priority.DueDate < today, priority.Reason, e.FirstSeenAt);
    }
}

/// <summary>An exposure with its asset and its queue view (priority, due date, reason) as of one day.</summary>
internal sealed record AssessedExposure(AssetExposure Exposure, Asset Asset, ExposureView View);
