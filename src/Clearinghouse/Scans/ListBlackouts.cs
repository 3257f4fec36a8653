using Clearinghouse.Contracts.Scans;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>An organization's blackouts (staff: all), newest first.</summary>
public static class ListBlackouts
{
    public static async Task<Ok<List<BlackoutView>>> Handle(Access.Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var me = caller.OrganizationId;
        var staff = caller.IsStaff;
        var rows = await db.Set<ScanBlackout>().AsNoTracking().Where(b => staff || b.OrganizationId == me).OrderByDescending(b => b.DeclaredAt).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(b => b.ToView()).ToList());
    }
}
