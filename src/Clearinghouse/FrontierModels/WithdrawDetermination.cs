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
/// The developer withdraws its request at any time (Sec. 3(c)): recorded, never refused, whatever the determination's
/// state; withdrawing twice answers the first withdrawal. A decision already made stays on the government's record.
/// </summary>
public static class WithdrawDetermination
{
    public static async Task<Results<Ok<DeterminationReceiptView>, ProblemHttpResult>> Handle(Guid determinationId, WithdrawRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var determination = await db.Set<Determination>().FirstOrDefaultAsync(d => d.Id == determinationId, ct);
        var model = determination is null ? null : await db.Set<FrontierModel>().AsNoTracking().FirstAsync(m => m.Id == determination.ModelId, ct);
        if (determination is null || model is null || caller.OrganizationId != model.OrganizationId)
        {
            return Problems.NotFound("determination");
        }

        if (!FrontierAccess.IsDeveloper(caller, model))
        {
            return Problems.Forbidden("Viewers do not withdraw requests.");
        }

        if (determination.WithdrawnAt is not null)
        {
            return TypedResults.Ok(determination.ToReceipt());
        }

        var before = determination.ToReceipt();
        determination.WithdrawnAt = db.Clock.Now();
        determination.WithdrawReason = request.Reason;
        if (determination.State != DeterminationState.Decided)
        {
            determination.State = DeterminationState.Withdrawn;
        }

        db.Record(caller, "frontier.determination-withdrawn", "determination", determination.Id.ToString(), model.OrganizationId, before, new { Receipt = determination.ToReceipt(), request.Reason });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(determination.ToReceipt());
    }
}
