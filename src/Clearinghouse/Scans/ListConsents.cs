using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>The consents an organization gave and received (staff: all), newest first.</summary>
public static class ListConsents
{
    public static async Task<Ok<List<ConsentView>>> Handle(Access.Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var me = caller.OrganizationId;
        var staff = caller.IsStaff;
        var rows = await db.Set<ScanConsent>().AsNoTracking()
            .Where(c => staff || c.OwnerOrganizationId == me || c.GranteeOrganizationId == me)
            .Join(db.Set<ScanAsset>(), c => c.AssetId, a => a.Id, (c, a) => new { Consent = c, a.Target })
            .OrderByDescending(r => r.Consent.GrantedAt).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => r.Consent.ToView(r.Target)).ToList());
    }
}
