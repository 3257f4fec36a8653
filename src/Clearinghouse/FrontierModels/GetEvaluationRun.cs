using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>A run with its conditions and per-task outcomes, for members its marking admits (raw results are never the developer's).</summary>
public static class GetEvaluationRun
{
    public static async Task<Results<Ok<EvaluationRunView>, ProblemHttpResult>> Handle(Guid runId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var run = await db.Set<EvaluationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null || !AccessPolicy.CanReadMarked(caller, clearance, run.Sharing))
        {
            return Problems.NotFound("evaluation run");
        }

        return TypedResults.Ok(await ViewAsync(db, run, ct));
    }

    internal static async Task<EvaluationRunView> ViewAsync(ClearinghouseDb db, EvaluationRun run, CancellationToken ct)
    {
        var tasks = (await GetCatalogue.TasksAtAsync(db, run.CatalogueVersion, ct)).ToDictionary(t => t.TaskKey, StringComparer.Ordinal);
        var samples = await db.Set<EvaluationSample>().AsNoTracking().Where(s => s.RunId == run.Id).ToListAsync(ct);
        var outcomes = samples.GroupBy(s => s.TaskKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TaskOutcomeView(g.Key, tasks[g.Key].Category, tasks[g.Key].Difficulty, g.Count(s => s.Scored), g.Count(s => s.Solved)) { Unscored = g.Count(s => !s.Scored) })
            .ToList();
        return run.ToView(outcomes);
    }

    /// <summary>The runs' scored samples joined with the catalogue revision each run used; unscored attempts count in no rate.</summary>
    internal static async Task<List<ThresholdEvaluation.ScoredSample>> SamplesAsync(ClearinghouseDb db, IReadOnlyList<EvaluationRun> runs, CancellationToken ct)
    {
        var scored = new List<ThresholdEvaluation.ScoredSample>();
        foreach (var run in runs)
        {
            var tasks = (await GetCatalogue.TasksAtAsync(db, run.CatalogueVersion, ct)).ToDictionary(t => t.TaskKey, StringComparer.Ordinal);
            var samples = await db.Set<EvaluationSample>().AsNoTracking().Where(s => s.RunId == run.Id && s.Scored).OrderBy(s => s.TaskKey).ThenBy(s => s.Epoch).ToListAsync(ct);

            // Without a family, a task's own epochs are its cluster: they are not independent attempts.
            scored.AddRange(samples.Select(s =>
            {
                var task = tasks[s.TaskKey];
                return new ThresholdEvaluation.ScoredSample(s.TaskKey, task.Family ?? s.TaskKey, task.Category, task.Difficulty, task.FirstSolveMinutes, s.Solved);
            }));
        }

        return scored;
    }
}
