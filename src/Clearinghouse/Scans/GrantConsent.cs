using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>An owner's administrator consents to active scanning of a verified asset by one scanner organization.</summary>
public static class GrantConsent
{
    public static async Task<Results<Created<ConsentView>, ValidationProblem, ProblemHttpResult>> Handle(
        GrantConsentRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ValidUntil <= request.ValidFrom)
        {
            return Problems.Invalid("validUntil", "The consent ends after it starts.");
        }

        await registry.EnsureCurrentAsync(db, ct);
        var asset = await db.Set<ScanAsset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == AssetId.From(request.AssetId), ct);
        if (asset is null || !AccessPolicy.CanSeeScanRecords(caller, asset.OrganizationId))
        {
            return Problems.NotFound("asset");
        }

        if (!AccessPolicy.CanGrantScanConsent(caller, asset.OrganizationId))
        {
            return Problems.Forbidden("Only the owner's administrators consent to scanning of its assets.");
        }

        if (asset.Status != AssetStatus.Verified)
        {
            return Problems.DomainRule($"{asset.Target} is not verified yet: consent counts only from a proven owner.");
        }

        var grantee = OrganizationId.From(request.GranteeOrganizationId);
        if (!await db.Organizations.AnyAsync(o => o.Id == grantee && o.LeftAt == null, ct))
        {
            return Problems.NotFound("organization");
        }

        var consent = new ScanConsent
        {
            Id = ConsentId.From(db.Clock.NewId()),
            AssetId = asset.Id,
            OwnerOrganizationId = asset.OrganizationId,
            GranteeOrganizationId = grantee,
            Techniques = ScanWire.FormatTechniques(request.Techniques),
            ValidFrom = Clock.ToMicroseconds(request.ValidFrom),
            ValidUntil = Clock.ToMicroseconds(request.ValidUntil),
            Conditions = request.Conditions,
            MaxRequestsPerSecond = request.MaxRequestsPerSecond,
            GrantedAt = db.Clock.Now(),
            GrantedBy = caller.MemberId,
        };
        db.Add(consent);
        db.Record(caller, "scan-consent.granted", "scan-consent", consent.Id.ToString(), asset.OrganizationId, null, consent.ToView(asset.Target));
        await db.SaveChangesAsync(ct);
        registry.Apply(consent);
        return TypedResults.Created($"/api/scans/consents/{consent.Id}", consent.ToView(asset.Target));
    }
}
