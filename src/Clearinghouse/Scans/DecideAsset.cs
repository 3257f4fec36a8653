using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>
/// A clearinghouse analyst confirms or rejects an ownership claim, with a note of what was checked. Overlapping claims are
/// decided one by one: an ISP's /16 and its customer's /24 inside it can both be real.
/// </summary>
public static class DecideAsset
{
    public static async Task<Results<Ok<AssetView>, ProblemHttpResult>> Handle(
        Guid id, AssetDecisionRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.IsStaffAnalyst(caller))
        {
            return Problems.Forbidden("Only clearinghouse analysts confirm or reject ownership claims.");
        }

        await registry.EnsureCurrentAsync(db, ct);
        var asset = await db.Set<ScanAsset>().FirstOrDefaultAsync(a => a.Id == AssetId.From(id), ct);
        if (asset is null)
        {
            return Problems.NotFound("asset");
        }

        var before = asset.ToView(false, [], null);
        asset.Status = request.Confirm ? AssetStatus.Verified : AssetStatus.Rejected;
        asset.VerifiedAt = request.Confirm ? db.Clock.Now() : null;
        asset.VerifiedBy = request.Confirm ? "analyst" : null;
        asset.DecisionNote = request.Note;
        db.Record(caller, request.Confirm ? "scan-asset.confirmed" : "scan-asset.rejected", "scan-asset", asset.Id.ToString(), asset.OrganizationId, before,
            asset.ToView(false, [], null));
        await db.SaveChangesAsync(ct);
        registry.Apply(asset);
        var overlapping = registry.OverlappingClaims(ScanTarget.Parse(asset.Target, allowVersion: false), asset.OrganizationId);
        return TypedResults.Ok(asset.ToView(false, [.. overlapping.Select(a => a.Id.Value)], null));
    }
}
