using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>Two-person integrity: a reviewer other than the requester approves an export of raw transcripts or outputs.</summary>
public static class ApproveExport
{
    public static async Task<Results<Ok<ExportView>, ProblemHttpResult>> Handle(Guid exportId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var export = await db.Set<ExportApproval>().FirstOrDefaultAsync(e => e.Id == exportId, ct);
        var (window, model) = export is null ? (null, null) : await IssueAccessCredential.VisibleWindowAsync(db, caller, clearance, export.WindowId, ct);
        if (export is null || window is null || model is null || !IssueAccessCredential.Grantee(caller, clearance, window, model))
        {
            return Problems.NotFound("export");
        }

        if (export.RequestedBy == caller.MemberId)
        {
            return Problems.Forbidden("Two-person integrity: the requester cannot approve its own export.");
        }

        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Reviewer, "approve exports") is { } refused)
        {
            return refused;
        }

        if (export.ApprovedAt is not null)
        {
            return Problems.Conflict("The export was already approved.");
        }

        var before = export.ToView();
        export.ApprovedBy = caller.MemberId;
        export.ApprovedAt = db.Clock.Now();
        db.Record(caller, "frontier.export-approved", "access-window", window.Id.ToString(), model.OrganizationId, before, export.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(export.ToView());
    }
}
