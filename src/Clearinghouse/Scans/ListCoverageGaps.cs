using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Scans;

/// <summary>
/// Suggested targets nobody covered recently with a technique: the packages and repositories the clearinghouse knows of
/// (from campaigns, coverage and the exposure data), ranked by how many exposed operators depend on them, then by how long
/// since they were last covered (never first). Until the Exposure capability supplies counts, the report says so.
/// </summary>
public static class ListCoverageGaps
{
    public static async Task<Results<Ok<GapsReport>, ValidationProblem>> Handle(
        string technique, int? limit, Access.Principal caller, ClearinghouseDb db, IExposureCounts exposure, IOptions<ScansOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(options);
        if (!ContractJson.TryParseEnum<ScanTechnique>(technique, out var wanted))
        {
            return Problems.Invalid("technique", "One of " + ContractJson.EnumNames<ScanTechnique>() + ".");
        }

        if (limit is < 1 or > 500)
        {
            return Problems.Invalid("limit", "1 to 500.");
        }

        var take = limit ?? 50;
        var kinds = new[] { ScanTargetKind.Package, ScanTargetKind.Repository };
        var exposed = await exposure.MostExposedAsync(take * 4, ct);
        var known = await db.Set<ScanCampaignTarget>().AsNoTracking().Where(t => kinds.Contains(t.Kind) && !t.Target.EndsWith("/*"))
            .Select(t => t.Target).Distinct().Take(5000).ToListAsync(ct);
        var lastCovered = await db.Set<ScanCoverage>().AsNoTracking().Where(c => c.Technique == wanted && kinds.Contains(c.Kind))
            .GroupBy(c => c.Target).Select(g => new { Target = g.Key, Last = g.Max(c => c.CompletedAt) }).ToListAsync(ct);
        var last = lastCovered.ToDictionary(c => c.Target, c => c.Last, StringComparer.Ordinal);
        var candidates = exposed.Select(e => e.Target).Concat(known).Concat(last.Keys).Distinct(StringComparer.Ordinal).ToList();
        var counts = await exposure.CountsAsync(candidates, ct);
        var recent = db.Clock.Now().AddDays(-options.Value.RedundancyPeriodDays);
        var gaps = candidates
            .Where(t => !last.TryGetValue(t, out var at) || at < recent)
            .Select(t => new CoverageGap(t, counts.TryGetValue(t, out var n) ? n : null, last.TryGetValue(t, out var at) ? at : null))
            .OrderByDescending(g => g.ExposedOperators ?? -1)
            .ThenBy(g => g.LastCoveredAt ?? DateTimeOffset.MinValue)
            .ThenBy(g => g.Target, StringComparer.Ordinal)
            .Take(take)
            .ToList();
        return TypedResults.Ok(new GapsReport(exposure.Source, gaps));
    }
}
