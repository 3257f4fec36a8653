using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>The owner withdraws consent. The registry drops it as the transaction commits: the next check-in is refused.</summary>
public static class RevokeConsent
{
    public static async Task<Results<Ok<ConsentView>, ProblemHttpResult>> Handle(Guid id, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        await registry.EnsureCurrentAsync(db, ct);
        var consent = await db.Set<ScanConsent>().FirstOrDefaultAsync(c => c.Id == ConsentId.From(id), ct);
        if (consent is null || !AccessPolicy.CanSeeScanRecords(caller, consent.OwnerOrganizationId))
        {
            return Problems.NotFound("consent");
        }

        if (!AccessPolicy.CanGrantScanConsent(caller, consent.OwnerOrganizationId))
        {
            return Problems.Forbidden("Only the owner's administrators revoke its consents.");
        }

        if (consent.RevokedAt is not null)
        {
            return Problems.Conflict($"The consent was revoked at {consent.RevokedAt:u}.");
        }

        var asset = await db.Set<ScanAsset>().AsNoTracking().Where(a => a.Id == consent.AssetId).Select(a => a.Target).FirstAsync(ct);
        var before = consent.ToView(asset);
        consent.RevokedAt = db.Clock.Now();
        consent.RevokedBy = caller.MemberId;
        db.Record(caller, "scan-consent.revoked", "scan-consent", consent.Id.ToString(), consent.OwnerOrganizationId, before, consent.ToView(asset));
        await db.SaveChangesAsync(ct);
        registry.Apply(consent);
        return TypedResults.Ok(consent.ToView(asset));
    }
}
