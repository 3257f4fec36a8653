using Clearinghouse.Access;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
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
        var organizationId = organization is { } given ? OrganizationId.From(given) : caller.OrganizationId;
        if (!AccessPolicy.CanReadExposures(caller, organizationId))
        {
            return Problems.NotFound("organization");
        }

        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null)
        {
            return Problems.NotFound("organization");
        }

        await engine.EnsureLoadedAsync(db, ct);
        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var assets = await db.Set<Asset>().AsNoTracking().Where(a => a.OrganizationId == organizationId && a.DeletedAt == null).ToDictionaryAsync(a => a.Id, ct);
        var exposures = (await db.Set<AssetExposure>().AsNoTracking().Where(e => e.OrganizationId == organizationId).ToListAsync(ct))
            .Where(e => e.IsOpen(today) && assets.ContainsKey(e.AssetId)).ToList();
        var reach = exposures.GroupBy(e => e.VulnerabilityId).ToDictionary(g => g.Key, g => g.Select(e => e.AssetId).Distinct().Count());
        var impact = Organization.MissionWellbeingOf(org.Sector, org.SizeTier, org.MissionWellbeingSetting).Impact;
        var views = exposures.Select(e => View(e, assets[e.AssetId], engine, impact, org.Kind == OrganizationKind.FederalAgency, reach[e.VulnerabilityId], today))
            .Where(v => overdue != true || v.Overdue)
            .OrderByDescending(v => v.Score).ThenBy(v => v.DueDate ?? DateOnly.MaxValue).ThenBy(v => v.Component, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<ExposureView>>(views);
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
