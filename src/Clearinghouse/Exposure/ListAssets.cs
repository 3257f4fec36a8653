using Clearinghouse.Access;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>The caller's organization's assets with their current inventories.</summary>
public static class ListAssets
{
    public static async Task<IReadOnlyList<AssetView>> Handle(Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var me = caller.OrganizationId;
        var assets = await db.Set<Asset>().AsNoTracking().Where(a => a.OrganizationId == me && a.DeletedAt == null).OrderBy(a => a.Name).ToListAsync(ct);
        var current = await db.Set<Inventory>().AsNoTracking().Where(i => i.OrganizationId == me && i.IsCurrent).ToDictionaryAsync(i => i.AssetId, ct);
        return [.. assets.Select(a => a.ToView(current.GetValueOrDefault(a.Id)))];
    }
}
