using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Exposure;

/// <summary>
/// Deletes an asset: its inventories stop being matched and its exposures leave the queue. The rows stay (marked
/// deleted) because the audit trail and the remediation history refer to them.
/// </summary>
public static class DeleteAsset
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid assetId, Principal caller, ClearinghouseDb db, ExposureEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var _ = await engine.LockAsync(db, ct);
        var (asset, problem) = await ManagedAssets.FindAsync(db, caller, assetId, "Only the organization's own writers delete its assets.", track: true, ct);
        if (asset is null)
        {
            return problem!;
        }

        var before = asset.ToView(null);
        asset.DeletedAt = db.Clock.Now();
        db.Record(caller, "exposure.asset-deleted", "asset", asset.Id.ToString(), asset.OrganizationId, before, null);
        await db.SaveChangesAsync(ct);
        engine.ReplaceComponents(asset.Id, []);
        return TypedResults.NoContent();
    }
}
