using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>The owner asks the clearinghouse to look for its challenge token now; found, the claim is verified.</summary>
public static class VerifyAsset
{
    public static async Task<Results<Ok<AssetView>, ProblemHttpResult>> Handle(
        Guid id, VerifyAssetRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, IChallengeResolver resolver, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resolver);
        await registry.EnsureCurrentAsync(db, ct);
        var asset = await db.Set<ScanAsset>().FirstOrDefaultAsync(a => a.Id == AssetId.From(id), ct);
        if (asset is null || asset.OrganizationId != caller.OrganizationId)
        {
            return Problems.NotFound("asset");
        }

        if (!AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Viewers cannot verify assets.");
        }

        if (asset.Status != AssetStatus.Pending)
        {
            return Problems.Conflict(asset.Status == AssetStatus.Disputed
                ? "Another organization claims an overlapping asset: a clearinghouse analyst decides disputed claims."
                : $"The claim is already {ContractJson.EnumName(asset.Status)}.");
        }

        var challenge = RegisterAsset.Challenge(asset)!;
        var where = request.Method == ChallengeMethod.DnsTxt ? challenge.DnsName : challenge.Url;
        if (where is null)
        {
            return Problems.DomainRule($"A {ContractJson.EnumName(asset.Kind)} asset cannot be proven by {ContractJson.EnumName(request.Method)}; "
                + (asset.Kind is ScanTargetKind.Network or ScanTargetKind.Package ? "address ranges and package namespaces are confirmed by a clearinghouse analyst." : "use http-well-known."));
        }

        var found = request.Method == ChallengeMethod.DnsTxt
            ? (await resolver.TxtRecordsAsync(where, ct)).Any(r => r.Trim() == asset.ChallengeToken)
            : (await resolver.FetchAsync(new Uri(where), ct))?.Trim() == asset.ChallengeToken;
        if (!found)
        {
            return TypedResults.Problem(
                detail: $"The token was not found at {where}. Publish {asset.ChallengeToken} there and ask again.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Ownership not proven", type: ProblemTypes.OwnershipNotProven);
        }

        var before = asset.ToView(true, [], null);
        asset.Status = AssetStatus.Verified;
        asset.VerifiedAt = db.Clock.Now();
        asset.VerifiedBy = ContractJson.EnumName(request.Method);
        db.Record(caller, "scan-asset.verified", "scan-asset", asset.Id.ToString(), asset.OrganizationId, before, asset.ToView(true, [], null));
        await db.SaveChangesAsync(ct);
        registry.Apply(asset);
        return TypedResults.Ok(asset.ToView(true, [], null));
    }
}
