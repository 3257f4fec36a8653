using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>The models the caller may see, with the banner of the highest marking on the page.</summary>
public static class ListModels
{
    public static async Task<Ok<ModelListView>> Handle(Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);

        // Industry callers only ever see their own registrations; government rows are filtered by the marking rule in memory.
        var query = db.Set<FrontierModel>().AsNoTracking();
        if (!AccessPolicy.IsGovernment(caller))
        {
            query = query.Where(m => m.OrganizationId == caller.OrganizationId);
        }

        var visible = (await query.OrderByDescending(m => m.RegisteredAt).ToListAsync(ct))
            .Where(m => AccessPolicy.CanReadMarked(caller, clearance, m.Sharing))
            .ToList();
        return TypedResults.Ok(new ModelListView(Marking.Highest(visible.Select(m => m.Sharing.Marking)).Banner, [.. visible.Select(m => m.ToView())]));
    }
}
