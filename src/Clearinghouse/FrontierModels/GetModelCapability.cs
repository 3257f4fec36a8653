using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A model's capability from the runs the caller may read: success rates per category and difficulty with
/// family-clustered 95% intervals, pass@k, the time horizon, and optionally the differences from another version.
/// </summary>
/// <remarks>
/// Runs are grouped by their exact elicitation conditions and catalogue version: runs with safeguards on and off, other
/// limits or another scaffold are never pooled, because a rate means nothing without the conditions it was measured
/// under. Two versions are compared only group by group, where the conditions are the same apart from the model's name,
/// and only on the tasks both were scored on. The page carries the banner of the highest marking it draws on.
/// </remarks>
public static class GetModelCapability
{
    public static async Task<Results<Ok<CapabilityView>, ProblemHttpResult>> Handle(Guid modelId, Guid? compare, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return problem!;
        }

        var mine = await GroupsAsync(db, caller, clearance, model.Id, ct);
        var markings = new List<Marking> { model.Sharing.Marking };
        markings.AddRange(mine.SelectMany(g => g.Runs).Select(r => r.Sharing.Marking));
        CapabilityComparisonView? comparison = null;
        if (compare is { } otherId)
        {
            var (other, otherProblem) = await FrontierAccess.ModelAsync(db, caller, clearance, otherId, RecordAction.Read, "", ct);
            if (other is null)
            {
                return otherProblem!;
            }

            var theirs = await GroupsAsync(db, caller, clearance, other.Id, ct);
            markings.Add(other.Sharing.Marking);
            markings.AddRange(theirs.SelectMany(g => g.Runs).Select(r => r.Sharing.Marking));
            comparison = Compare(other, mine, theirs);
        }

        return TypedResults.Ok(new CapabilityView(model.Id, model.Name, model.Version, Marking.Highest(markings).Banner, [.. mine.Select(g => g.View)], comparison));
    }

    private sealed record RunGroup(List<EvaluationRun> Runs, List<ThresholdEvaluation.ScoredSample> Samples, CapabilityGroupView View)
    {
        /// <summary>The conditions apart from the model's name: what two versions must share to be compared.</summary>
        public string Comparable => System.Text.Json.JsonSerializer.Serialize(View.Conditions with { Model = "" }, ContractJson.Options);
    }

    private static async Task<List<RunGroup>> GroupsAsync(ClearinghouseDb db, Principal caller, Clearance? clearance, Guid modelId, CancellationToken ct)
    {
        var readable = await FrontierAccess.ReadableAsync<EvaluationRun>(db, caller, clearance, ct);
        var runs = await db.Set<EvaluationRun>().AsNoTracking().Where(r => r.ModelId == modelId).Where(readable).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        var ids = runs.Select(r => r.Id).ToList();
        var unscored = await db.Set<EvaluationSample>().AsNoTracking().Where(s => ids.Contains(s.RunId) && !s.Scored)
            .GroupBy(s => s.RunId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var groups = new List<RunGroup>();
        foreach (var group in runs.GroupBy(r => (r.Conditions, r.CatalogueVersion)))
        {
            var members = group.ToList();
            var samples = await GetEvaluationRun.SamplesAsync(db, members, ct);
            var banner = Marking.Highest(members.Select(r => r.Sharing.Marking)).Banner;
            var view = CapabilityFigures.Group(members[0].ReadConditions(), group.Key.CatalogueVersion, [.. members.Select(r => r.Id)],
                members.Sum(r => unscored.GetValueOrDefault(r.Id)), samples, banner);
            groups.Add(new RunGroup(members, samples, view));
        }

        return groups;
    }

    private static CapabilityComparisonView Compare(FrontierModel other, List<RunGroup> mine, List<RunGroup> theirs)
    {
        var differences = new List<CapabilityDifferenceView>();
        var notes = new List<string>();
        foreach (var group in mine)
        {
            var matches = theirs.Where(t => t.Comparable == group.Comparable).ToList();
            if (matches.Count == 0)
            {
                notes.Add($"The runs {string.Join(", ", group.View.RunIds)} have no counterpart of the other version under the same conditions; they are not compared.");
                continue;
            }

            foreach (var match in matches)
            {
                var difference = CapabilityFigures.Difference(group.View, group.Samples, match.View, match.Samples);
                if (difference.CommonTasks == 0)
                {
                    notes.Add($"The runs {string.Join(", ", group.View.RunIds)} and {string.Join(", ", match.View.RunIds)} share no scored task; they are not compared.");
                    continue;
                }

                differences.Add(difference);
            }
        }

        notes.AddRange(theirs.Where(t => mine.All(m => m.Comparable != t.Comparable))
            .Select(t => $"The other version's runs {string.Join(", ", t.View.RunIds)} have no counterpart under the same conditions; they are not compared."));
        return new CapabilityComparisonView(other.Id, other.Name, other.Version, [.. theirs.Select(t => t.View)], differences, notes);
    }
}
