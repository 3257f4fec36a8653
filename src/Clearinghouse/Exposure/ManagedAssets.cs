using Clearinghouse.Access;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>An asset a caller changes: 404 when it is deleted or not the caller's to see, 403 when visible but not the caller's to manage.</summary>
internal static class ManagedAssets
{
    public static async Task<(Asset? Asset, ProblemHttpResult? Problem)> FindAsync(ClearinghouseDb db, Principal caller, Guid assetId, string forbidden, bool track, CancellationToken ct)
    {
        var assets = track ? db.Set<Asset>() : db.Set<Asset>().AsNoTracking();
        var asset = await assets.SingleOrDefaultAsync(a => a.Id == assetId && a.DeletedAt == null, ct);
        if (asset is null || !AccessPolicy.CanReadExposures(caller, asset.OrganizationId))
        {
            return (null, Problems.NotFound("asset"));
        }

        return AccessPolicy.CanManageExposures(caller, asset.OrganizationId) ? (asset, null) : (null, Problems.Forbidden(forbidden));
    }
}
