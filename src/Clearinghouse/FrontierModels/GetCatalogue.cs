using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The benchmark catalogue at a version (the current one by default), as the caller may see it: tasks whose marking the
/// caller's clearance admits, with hidden content (prompt, environment, flag) only for cleared evaluators.
/// </summary>
public static class GetCatalogue
{
    public static async Task<Results<Ok<CatalogueView>, ProblemHttpResult>> Handle(Principal caller, ClearinghouseDb db, CancellationToken ct, int? version = null)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var current = await CurrentVersionAsync(db, ct);
        if (version is { } asked && (asked < 1 || asked > current))
        {
            return Problems.NotFound("catalogue version");
        }

        return TypedResults.Ok(await ViewAsync(db, caller, clearance, version ?? current, ct));
    }

    public static async Task<int> CurrentVersionAsync(ClearinghouseDb db, CancellationToken ct) =>
        await db.Set<BenchmarkTask>().MaxAsync(t => (int?)t.Revision, ct) ?? 0;

    /// <summary>Each task's latest revision at or before <paramref name="version"/>.</summary>
    public static async Task<List<BenchmarkTask>> TasksAtAsync(ClearinghouseDb db, int version, CancellationToken ct) =>
        [.. (await At(db, version).ToListAsync(ct)).OrderBy(t => t.TaskKey, StringComparer.Ordinal)];

    /// <summary>
    /// Each task's latest revision at or before <paramref name="version"/>, as a query: the revision is chosen before any
    /// marking filter, so a later revision the caller may not read hides the task rather than showing an older one.
    /// </summary>
    private static IQueryable<BenchmarkTask> At(ClearinghouseDb db, int version) =>
        db.Set<BenchmarkTask>().AsNoTracking()
            .Where(t => t.Revision <= version && !db.Set<BenchmarkTask>().Any(later => later.TaskKey == t.TaskKey && later.Revision > t.Revision && later.Revision <= version));

    internal static async Task<CatalogueView> ViewAsync(ClearinghouseDb db, Principal caller, Clearance? clearance, int version, CancellationToken ct)
    {
        var evaluator = AccessPolicy.Holds(caller, clearance, FrontierDuty.Evaluator);
        var readable = await FrontierAccess.ReadableAsync<BenchmarkTask>(db, caller, clearance, ct);
        var shown = (await At(db, version).Where(readable).ToListAsync(ct))
            .OrderBy(t => t.TaskKey, StringComparer.Ordinal)
            .Select(t => (Task: t, Hidden: evaluator && AccessPolicy.CanReadMarked(caller, clearance, t.HiddenSharing)))
            .ToList();
        var banner = Marking.Highest(shown.Select(s => s.Task.MarkingShown(s.Hidden))).Banner;
        return new CatalogueView(version, banner, [.. shown.Select(s => s.Task.ToView(s.Hidden))]);
    }
}
