using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A window's access log with its alerts, for those who may read the model: each access is marked, and only those the
/// caller may read are listed (filtered in the query, see <see cref="AccessPolicy.ReadableMarked"/>), with the banner of
/// the highest marking on the page. The developer sees the accesses to its model while their marking is releasable.
/// </summary>
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

        var readable = await FrontierAccess.ReadableAsync<AccessEvent>(db, caller, clearance, ct);
        var entries = await db.Set<AccessEvent>().AsNoTracking().Where(e => e.WindowId == window.Id).Where(readable).OrderBy(e => e.At).ToListAsync(ct);
        return TypedResults.Ok(new AccessLogView(window.ToView(), [.. entries.Select(e => e.ToView())], Marking.Highest(entries.Select(e => e.Sharing.Marking)).Banner));
    }
}
