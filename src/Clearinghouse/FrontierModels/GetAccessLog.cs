using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>A window's access log with its alerts: the developer sees every access to its model, as does the cleared government.</summary>
public static class GetAccessLog
{
    public static async Task<Results<Ok<AccessLogView>, ProblemHttpResult>> Handle(Guid windowId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (window, model) = await IssueAccessCredential.VisibleWindowAsync(db, caller, clearance, windowId, ct);
        if (window is null || model is null || !AccessPolicy.CanReadMarked(caller, clearance, model.Sharing))
        {
            return Problems.NotFound("access window");
        }

        var entries = await db.Set<AccessEvent>().AsNoTracking().Where(e => e.WindowId == window.Id).OrderBy(e => e.At).ToListAsync(ct);
        return TypedResults.Ok(new AccessLogView(window.ToView(), [.. entries.Select(e => e.ToView())]));
    }
}
