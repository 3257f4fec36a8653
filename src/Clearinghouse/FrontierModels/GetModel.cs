using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>One model, for its developer and cleared government members (404 for anyone else).</summary>
public static class GetModel
{
    public static async Task<Results<Ok<ModelView>, ProblemHttpResult>> Handle(Guid modelId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        return model is null ? problem! : TypedResults.Ok(model.ToView());
    }
}
