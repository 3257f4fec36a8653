using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>A cleared evaluator records a run of a model in the native JSON result format.</summary>
public static class SubmitEvaluationRun
{
    public static async Task<Results<Created<EvaluationRunView>, ProblemHttpResult>> Handle(Guid modelId, EvaluationRunSubmission submission, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var (clearance, model, problem) = await EvaluationRunIntake.EvaluatorAsync(db, caller, modelId, ct);
        if (model is null)
        {
            return problem!;
        }

        if (FrontierAccess.CheckMarking(submission.Marking, out var marking) is { } badMarking)
        {
            return badMarking;
        }

        var draft = new EvaluationRunIntake.Draft("native", submission.CatalogueVersion, submission.Conditions, submission.Samples, marking!);
        var (run, refusal) = await EvaluationRunIntake.RecordAsync(db, caller, clearance!, model, draft, ct);
        return run is null ? refusal! : TypedResults.Created($"/api/frontier/runs/{run.Id}", await GetEvaluationRun.ViewAsync(db, run, ct));
    }
}
