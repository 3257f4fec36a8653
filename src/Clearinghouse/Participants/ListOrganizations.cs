using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class ListOrganizations
{
    public static async Task<Ok<List<OrganizationView>>> Handle(
        Principal caller, ClearinghouseDb db, OrganizationKind? kind, bool? includeLeft, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().Where(AccessPolicy.ReadableOrganizations(caller));
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        if (includeLeft != true)
        {
            query = query.Where(o => o.LeftAt == null);
        }

        var organizations = await query.OrderBy(o => o.Name).ToListAsync(ct);
        return TypedResults.Ok(organizations.Select(o => o.ToView()).ToList());
    }
}
