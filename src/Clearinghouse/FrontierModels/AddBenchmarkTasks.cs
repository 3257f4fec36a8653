using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Cleared evaluators add tasks to the benchmark catalogue or revise them. Each batch is one new catalogue version; earlier
/// revisions stay, so a run that recorded an older version is still read against the tasks it ran.
/// </summary>
public static class AddBenchmarkTasks
{
    public static async Task<Results<Ok<CatalogueView>, ProblemHttpResult>> Handle(BenchmarkTaskBatch batch, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Evaluator, "maintain the benchmark catalogue") is { } refused)
        {
            return refused;
        }

        if (batch.Tasks.GroupBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Problems.DomainRule($"Task {twice.Key} appears more than once in the batch.");
        }

        var version = (await db.Set<BenchmarkTask>().MaxAsync(t => (int?)t.Revision, ct) ?? 0) + 1;
        var now = db.Clock.Now();
        var added = new List<BenchmarkTask>();
        foreach (var spec in batch.Tasks)
        {
            if (FrontierAccess.CheckMarking(spec.Marking, out var marking) is { } badMarking)
            {
                return badMarking;
            }

            Marking? hiddenMarking = marking;
            if (spec.HiddenMarking is { } hiddenSpec && FrontierAccess.CheckMarking(hiddenSpec, out hiddenMarking) is { } badHidden)
            {
                return badHidden;
            }

            // Nobody may write what they could not read back: the evaluator must be cleared for both markings.
            if (!clearance!.Admits(marking!) || !clearance.Admits(hiddenMarking!))
            {
                return Problems.Forbidden($"Task {spec.Key}: your clearance does not cover its marking; you may not write what you could not read.");
            }

            added.Add(new BenchmarkTask
            {
                Id = db.Clock.NewId(),
                TaskKey = spec.Key,
                Revision = version,
                OrganizationId = caller.OrganizationId,
                Name = spec.Name.Trim(),
                Category = spec.Category,
                Family = spec.Family,
                FirstSolveMinutes = spec.FirstSolveMinutes,
                Difficulty = BenchmarkTask.DifficultyOf(spec.FirstSolveMinutes, spec.Difficulty),
                Subtasks = JsonSerializer.Serialize(spec.Subtasks ?? []),
                ScoringRule = spec.ScoringRule,
                HiddenPrompt = spec.Hidden?.Prompt,
                HiddenEnvironment = spec.Hidden?.Environment,
                HiddenFlag = spec.Hidden?.Flag,
                Marking = marking!.Encode(),
                HiddenMarking = hiddenMarking!.Encode(),
                AddedBy = caller.MemberId,
                AddedAt = now,
            });
        }

        db.AddRange(added);
        db.Record(caller, "frontier.catalogue-revised", "benchmark-catalogue", version.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null,
            added.Select(t => t.ToView(showHidden: true)).ToList());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict("Another catalogue revision was saved at the same time; send the batch again.");
        }

        return TypedResults.Ok(await GetCatalogue.ViewAsync(db, caller, clearance, version, ct));
    }
}
