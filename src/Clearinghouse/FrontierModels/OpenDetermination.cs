using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Opens a determination: the developer asks whether its model meets the designation (Sec. 3(b)(i)), or a cleared
/// evaluator opens one. The record is the government's (held by the clearinghouse staff for a developer's request); the
/// developer gets a receipt, and later only the releasable assessment.
/// </summary>
public static class OpenDetermination
{
    public static async Task<Results<Created<DeterminationReceiptView>, ProblemHttpResult>> Handle(OpenDeterminationRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, request.ModelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return problem!;
        }

        var developer = FrontierAccess.IsDeveloper(caller, model);
        if (!developer && FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Evaluator, "open determinations for a model") is { } refused)
        {
            return refused;
        }

        var holder = developer
            ? await db.Organizations.Where(o => o.Kind == OrganizationKind.ClearinghouseStaff).Select(o => o.Id).FirstAsync(ct)
            : caller.OrganizationId;
        var determination = new Determination
        {
            Id = db.Clock.NewId(),
            ModelId = model.Id,
            DeveloperId = model.OrganizationId,
            OrganizationId = holder,
            Origin = developer ? Determination.DeveloperRequest : Determination.EvaluatorOrigin,
            Reason = request.Reason,
            State = DeterminationState.Open,
            Marking = Marking.Proprietary.Encode(),
            OpenedBy = caller.MemberId,
            OpenedAt = db.Clock.Now(),
        };
        db.Add(determination);
        db.Record(caller, "frontier.determination-opened", "determination", determination.Id.ToString(), model.OrganizationId, null,
            new { determination.Id, determination.ModelId, determination.Origin, determination.Reason });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/determinations/{determination.Id}", determination.ToReceipt());
    }
}
