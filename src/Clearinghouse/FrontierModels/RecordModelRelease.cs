using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The developer records that it released its model, to trusted partners or to the public. Sec. 3(c): the framework is
/// voluntary and never a preclearance, so this depends on no determination, window, consultation or approval; it is
/// recorded, never refused (only someone who is not the developer is turned away).
/// </summary>
public static class RecordModelRelease
{
    public static async Task<Results<Ok<ModelView>, ProblemHttpResult>> Handle(Guid modelId, ReleaseModelRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return problem!;
        }

        if (!FrontierAccess.IsDeveloper(caller, model))
        {
            return Problems.Forbidden("Only the developer records its model's release.");
        }

        var before = model.ToView();
        model.ReleasedAt ??= db.Clock.Now();
        model.ReleaseAudience = request.Audience;
        db.Record(caller, "frontier.model-released", "frontier-model", model.Id.ToString(), model.OrganizationId, before, new { Model = model.ToView(), request.Audience, request.Note });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(model.ToView());
    }
}
