using Clearinghouse.Access;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>The organization whose exposures a caller asks about (its own unless given): 404 when it does not exist or is not the caller's to see.</summary>
internal static class ReadableOrganizations
{
    public static async Task<(Organization? Organization, ProblemHttpResult? Problem)> FindAsync(ClearinghouseDb db, Principal caller, Guid? organization, CancellationToken ct)
    {
        var organizationId = organization is { } given ? OrganizationId.From(given) : caller.OrganizationId;
        if (!AccessPolicy.CanReadExposures(caller, organizationId))
        {
            return (null, Problems.NotFound("organization"));
        }

        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        return org is null ? (null, Problems.NotFound("organization")) : (org, null);
    }
}
