using System.Security.Cryptography;
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
/// An organization claims an asset. The claim starts pending, with a challenge to prove it; a claim that overlaps another
/// organization's claim is disputed, and so is the other claim if it was not verified yet, until an analyst decides.
/// A verified claim is never downgraded by a newcomer's overlapping claim.
/// </summary>
public static class RegisterAsset
{
    public static async Task<Results<Created<AssetView>, ValidationProblem, ProblemHttpResult>> Handle(
        RegisterAssetRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Viewers cannot claim assets.");
        }

        if (!ScanTarget.TryParse(request.Target, allowVersion: false, out var target, out var error))
        {
            return Problems.Invalid("target", error);
        }

        await registry.EnsureCurrentAsync(db, ct);
        if (await db.Set<ScanAsset>().AnyAsync(a => a.OrganizationId == caller.OrganizationId && a.Target == target.Text && a.Status != AssetStatus.Rejected, ct))
        {
            return Problems.Conflict($"Your organization already claims {target.Text}.");
        }

        var overlapping = registry.OverlappingClaims(target, caller.OrganizationId);
        var asset = new ScanAsset
        {
            Id = AssetId.From(db.Clock.NewId()),
            OrganizationId = caller.OrganizationId,
            Kind = target.Kind,
            Target = target.Text,
            Status = overlapping.Count > 0 ? AssetStatus.Disputed : AssetStatus.Pending,
            ChallengeToken = "chs-challenge-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
            RegisteredAt = db.Clock.Now(),
            RegisteredBy = caller.MemberId,
        };
        db.Add(asset);
        db.Record(caller, "scan-asset.registered", "scan-asset", asset.Id.ToString(), caller.OrganizationId, null, asset.ToView(true, [], null));

        var pendingIds = overlapping.Where(a => a.Status == AssetStatus.Pending).Select(a => a.Id).ToList();
        var disputed = await db.Set<ScanAsset>().Where(a => pendingIds.Contains(a.Id)).ToListAsync(ct);
        foreach (var other in disputed)
        {
            var before = other.ToView(false, [], null);
            other.Status = AssetStatus.Disputed;
            db.Record(caller, "scan-asset.disputed", "scan-asset", other.Id.ToString(), other.OrganizationId, before, other.ToView(false, [], null));
        }

        await db.SaveChangesAsync(ct);
        registry.Apply(asset);
        disputed.ForEach(registry.Apply);
        return TypedResults.Created($"/api/scans/assets/{asset.Id}", asset.ToView(true, caller.IsStaff ? [.. overlapping.Select(a => a.Id.Value)] : [], Challenge(asset)));
    }

    /// <summary>Where the owner publishes the token: DNS and web for domains, the web for repositories; ranges and namespaces go to an analyst.</summary>
    public static OwnershipChallenge? Challenge(ScanAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Kind switch
        {
            ScanTargetKind.Domain => new OwnershipChallenge(asset.ChallengeToken, "_clearinghouse-challenge." + asset.Target,
                $"https://{asset.Target}/.well-known/clearinghouse-challenge.txt"),
            ScanTargetKind.Repository => new OwnershipChallenge(asset.ChallengeToken, null, asset.Target + "/raw/HEAD/.well-known/clearinghouse-challenge.txt"),
            _ => new OwnershipChallenge(asset.ChallengeToken, null, null),
        };
    }
}
