using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The one way a run enters the record, whatever its format: the native JSON endpoint builds a <see cref="Draft"/> from
/// its body, and an Inspect log importer builds one from the log (conditions from the eval header's model, generate config,
/// limits, epochs and solver; one sample result per sample and epoch, the task key from the sample's id after a prefix, see
/// <see cref="ImportInspectLog"/>) and calls <see cref="RecordAsync"/> the same way. Samples must name tasks of the catalogue version the
/// run used, one result per task and epoch, epochs within the conditions'.
/// </summary>
public static class EvaluationRunIntake
{
    /// <summary>
    /// A run ready to be checked and recorded. <paramref name="Source"/> names the format (<c>native</c>, <c>inspect</c>);
    /// <paramref name="Warnings"/> are the importer's own, kept with the run beside the intake's.
    /// </summary>
    public sealed record Draft(string Source, int? CatalogueVersion, ElicitationConditions Conditions, IReadOnlyList<SampleResult> Samples, Marking Marking,
        IReadOnlyList<string>? Warnings = null);

    /// <summary>The caller's clearance and the model when the caller is a cleared evaluator the model is visible to; else the problem.</summary>
    public static async Task<(Clearance? Clearance, FrontierModel? Model, ProblemHttpResult? Problem)> EvaluatorAsync(ClearinghouseDb db, Principal caller, Guid modelId, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return (null, null, problem!);
        }

        return FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Evaluator, "record evaluation runs") is { } refused ? (null, null, refused) : (clearance!, model, null);
    }

    public static async Task<(EvaluationRun? Run, ProblemHttpResult? Problem)> RecordAsync(
        ClearinghouseDb db, Principal caller, Clearance clearance, FrontierModel model, Draft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clearance);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(draft);
        if (!clearance.Admits(draft.Marking))
        {
            return (null, Problems.Forbidden("Your clearance does not cover the run's marking; you may not write what you could not read."));
        }

        var current = await GetCatalogue.CurrentVersionAsync(db, ct);
        var version = draft.CatalogueVersion ?? current;
        if (version < 1 || version > current)
        {
            return (null, Problems.DomainRule(current == 0 ? "The benchmark catalogue is empty; add tasks before recording runs." : $"The catalogue has versions 1 to {current}, not {version}."));
        }

        var tasks = (await GetCatalogue.TasksAtAsync(db, version, ct)).Select(t => t.TaskKey).ToHashSet(StringComparer.Ordinal);
        var unknown = draft.Samples.Select(s => s.TaskKey).Where(k => !tasks.Contains(k)).Distinct(StringComparer.Ordinal).Take(10).ToList();
        if (unknown.Count > 0)
        {
            return (null, Problems.DomainRule($"Samples name tasks that are not in catalogue version {version}: {string.Join(", ", unknown)}."));
        }

        if (draft.Samples.FirstOrDefault(s => s.Epoch > draft.Conditions.Epochs) is { } beyond)
        {
            return (null, Problems.DomainRule($"Task {beyond.TaskKey} has epoch {beyond.Epoch}, but the conditions say {draft.Conditions.Epochs} epochs."));
        }

        if (draft.Samples.GroupBy(s => (s.TaskKey, s.Epoch)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return (null, Problems.DomainRule($"Task {twice.Key.TaskKey} epoch {twice.Key.Epoch} has more than one result."));
        }

        var unscored = draft.Samples.Count(s => s.Score is null);
        var warnings = (draft.Warnings ?? []).ToList();
        if (unscored == draft.Samples.Count)
        {
            warnings.Add("No sample has a score: the run records the attempts and their conditions, and is evidence for no rate and no threshold.");
        }
        else if (unscored > 0)
        {
            warnings.Add($"{unscored} of {draft.Samples.Count} samples have no score: they are recorded but count in no rate and in no threshold.");
        }

        var run = new EvaluationRun
        {
            Id = db.Clock.NewId(),
            ModelId = model.Id,
            OrganizationId = caller.OrganizationId,
            CatalogueVersion = version,
            Source = draft.Source,
            Conditions = JsonSerializer.Serialize(draft.Conditions, ContractJson.Options),
            Marking = draft.Marking.Encode(),
            Warnings = JsonSerializer.Serialize(warnings),
            SubmittedBy = caller.MemberId,
            SubmittedAt = db.Clock.Now(),
        };
        db.Add(run);
        db.AddRange(draft.Samples.Select(s => new EvaluationSample
        {
            Id = db.Clock.NewId(),
            RunId = run.Id,
            TaskKey = s.TaskKey,
            Epoch = s.Epoch,
            Score = s.Score ?? 0,
            Scored = s.Score is not null,
            SubtasksSolved = s.SubtasksSolved,
        }));
        db.Record(caller, "frontier.run-recorded", "evaluation-run", run.Id.ToString(), model.OrganizationId, null,
            new { Run = run.Id, run.ModelId, run.CatalogueVersion, run.Source, draft.Conditions, Samples = draft.Samples, Warnings = warnings });
        await db.SaveChangesAsync(ct);
        return (run, null);
    }
}
