using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Exposure;

/// <summary>An organization names one of its systems, with its criticality and whether it faces the internet.</summary>
public static class RegisterAsset
{
    public static async Task<Results<Created<AssetView>, ProblemHttpResult>> Handle(AssetRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanManageExposures(caller, caller.OrganizationId))
        {
            return Problems.Forbidden("Viewers cannot register assets.");
        }

        var asset = new Asset
        {
            Id = db.Clock.NewId(),
            OrganizationId = caller.OrganizationId,
            Name = request.Name,
            Criticality = request.Criticality,
            InternetExposed = request.InternetExposed,
            CreatedAt = db.Clock.Now(),
        };
        db.Add(asset);
        db.Record(caller, "exposure.asset-registered", "asset", asset.Id.ToString(), asset.OrganizationId, null, asset.ToView(null));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/exposure/assets/{asset.Id}", asset.ToView(null));
    }
}
