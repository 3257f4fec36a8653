using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>The models the caller may see (filtered in the query, see <see cref="AccessPolicy.ReadableMarked"/>), with the banner of the highest marking on the page.</summary>
public static class ListModels
{
    public static async Task<Ok<ModelListView>> Handle(Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var readable = await FrontierAccess.ReadableAsync<FrontierModel>(db, caller, clearance, ct);
        var visible = await db.Set<FrontierModel>().AsNoTracking().Where(readable).OrderByDescending(m => m.RegisteredAt).ToListAsync(ct);
        return TypedResults.Ok(new ModelListView(Marking.Highest(visible.Select(m => m.Sharing.Marking)).Banner, [.. visible.Select(m => m.ToView())]));
    }
}
