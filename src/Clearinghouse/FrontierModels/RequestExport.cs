using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>A government member asks to export raw transcripts or model outputs of a window; nothing leaves until a second person approves.</summary>
public static class RequestExport
{
    public static async Task<Results<Created<ExportView>, ProblemHttpResult>> Handle(Guid windowId, ExportRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (window, model) = await IssueAccessCredential.VisibleWindowAsync(db, caller, clearance, windowId, ct);
        if (window is null || model is null || !window.IsGovernment || !IssueAccessCredential.Grantee(caller, clearance, window, model))
        {
            return Problems.NotFound("access window");
        }

        if (caller.Role == Contracts.Participants.MemberRole.Viewer)
        {
            return Problems.Forbidden("Viewers do not export.");
        }

        var export = new ExportApproval
        {
            Id = db.Clock.NewId(),
            WindowId = window.Id,
            What = request.What,
            Justification = request.Justification,
            RequestedBy = caller.MemberId,
            RequestedAt = db.Clock.Now(),
        };
        db.Add(export);
        db.Record(caller, "frontier.export-requested", "access-window", window.Id.ToString(), model.OrganizationId, null, export.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/exports/{export.Id}", export.ToView());
    }
}
