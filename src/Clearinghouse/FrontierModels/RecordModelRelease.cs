using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
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
        var (model, problem) = await FrontierAccess.DeveloperModelAsync(db, caller, modelId, "Only the developer records its model's release.", ct);
        if (model is null)
        {
            return problem!;
        }

        var before = model.ToView();
        model.ReleasedAt ??= db.Clock.Now();
        model.ReleaseAudience = request.Audience;
        db.Record(caller, "frontier.model-released", "frontier-model", model.Id.ToString(), model.OrganizationId, before, new { Model = model.ToView(), request.Audience, request.Note });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(model.ToView());
    }
}
