using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Clearinghouse.Standards.Matching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

/// <summary>
/// Replaces an asset's inventory with an uploaded SBOM (CycloneDX, SPDX) or purl list, matched at once: new exposures
/// open (with their webhook deliveries), and open exposures of components the new inventory no longer has are fixed.
/// The previous inventory is kept for diffs.
/// </summary>
public static class UploadInventory
{
    public static async Task<Results<Ok<InventoryView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid assetId, HttpRequest request, Principal caller, ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (asset, problem) = await ManagedAssets.FindAsync(db, caller, assetId, "Only the organization's own writers upload its inventories.", track: false, ct);
        if (asset is null)
        {
            return problem!;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var read = SbomInventory.Read(buffer.ToArray());
        if (read.Value is not { } sbom)
        {
            return Problems.Invalid("inventory", "Not a CycloneDX or SPDX JSON document or a list of purls: " + string.Join("; ", read.Diagnostics.Take(5)));
        }

        using var _ = await engine.LockAsync(db, ct);
        var now = db.Clock.Now();
        var previous = await db.Set<Inventory>().Where(i => i.AssetId == assetId).OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        var current = await db.Set<Inventory>().Where(i => i.AssetId == assetId && i.IsCurrent).ToListAsync(ct);
        current.ForEach(i => i.IsCurrent = false);
        var inventory = new Inventory
        {
            Id = db.Clock.NewId(),
            AssetId = assetId,
            OrganizationId = asset.OrganizationId,
            Version = (previous?.Version ?? 0) + 1,
            Format = sbom.Format.ToString(),
            ComponentCount = sbom.Components.Count,
            Unidentified = sbom.Unidentified,
            IsCurrent = true,
            UploadedAt = now,
            UploadedBy = caller.MemberId,
        };
        db.Add(inventory);
        var components = sbom.Components.Select(p => (Row: new InventoryComponent { Id = db.Clock.NewId(), InventoryId = inventory.Id, Purl = p.ToString() }, Purl: p)).ToList();
        db.AddRange(components.Select(c => c.Row));

        var index = engine.Index;
        var matches = components
            .SelectMany(c => index.Match(c.Purl).Select(m => (Ref: new ComponentRef(asset.OrganizationId, assetId, c.Purl), Match: m)))
            .ToList();
        var opened = await ImportFeeds.OpenExposuresAsync(db, matches, options.Value.WebhookAttempts, ct);

        var present = components.Select(c => c.Row.Purl).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var gone = (await db.Set<AssetExposure>().Where(e => e.AssetId == assetId).ToListAsync(ct))
            .Where(e => e.IsOpen(today) && !present.Contains(e.Component)).ToList();
        foreach (var exposure in gone)
        {
            exposure.Status = ExposureStatus.Fixed;
            exposure.StatusChangedAt = now;
            db.Add(new ExposureStatusChange
            {
                Id = db.Clock.NewId(), ExposureId = exposure.Id, Status = ExposureStatus.Fixed, ChangedAt = now, ChangedBy = caller.MemberId,
                Note = $"the component is no longer in inventory version {inventory.Version}",
            });
        }

        var view = new InventoryView(inventory.Id, assetId, inventory.Version, inventory.Format, inventory.ComponentCount, inventory.Unidentified, opened.Count, now);
        db.Record(caller, "exposure.inventory-replaced", "asset", assetId.ToString(), asset.OrganizationId, previous is null ? null : new { previous.Id, previous.Version }, new { view, Opened = opened.Select(e => e.Id), Fixed = gone.Select(e => e.Id) });
        await db.SaveChangesAsync(ct);
        engine.ReplaceComponents(assetId, components.Select(c => (c.Row.Id, new ComponentRef(asset.OrganizationId, assetId, c.Purl))));
        return TypedResults.Ok(view);
    }
}
