using Clearinghouse.Access;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>What changed between two versions of an asset's inventory (default: the previous and the current one).</summary>
public static class DiffInventories
{
    public static async Task<Results<Ok<InventoryDiffView>, ProblemHttpResult>> Handle(Guid assetId, int? from, int? to, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var asset = await db.Set<Asset>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == assetId, ct);
        if (asset is null || !AccessPolicy.CanReadExposures(caller, asset.OrganizationId))
        {
            return Problems.NotFound("asset");
        }

        var versions = await db.Set<Inventory>().AsNoTracking().Where(i => i.AssetId == assetId).OrderBy(i => i.Version).ToListAsync(ct);
        var newer = to is { } t ? versions.SingleOrDefault(i => i.Version == t) : versions.LastOrDefault();
        var older = from is { } f ? versions.SingleOrDefault(i => i.Version == f) : versions.LastOrDefault(i => i.Version < (newer?.Version ?? 0));
        if (newer is null)
        {
            return Problems.NotFound("inventory version");
        }

        var after = await Purls(db, newer.Id, ct);
        var before = older is null ? [] : await Purls(db, older.Id, ct);
        return TypedResults.Ok(new InventoryDiffView(older?.Version ?? 0, newer.Version, [.. after.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(after).Order(StringComparer.Ordinal)]));
    }

    private static async Task<HashSet<string>> Purls(ClearinghouseDb db, Guid inventoryId, CancellationToken ct) =>
        (await db.Set<InventoryComponent>().AsNoTracking().Where(c => c.InventoryId == inventoryId).Select(c => c.Purl).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}
