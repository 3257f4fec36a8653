using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class GetOrganization
{
    public static async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> Handle(Guid organizationId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganizationId.From(organizationId), ct);
        return organization is not null && AccessPolicy.CanRead(caller, organization.Sharing)
            ? TypedResults.Ok(organization.ToView())
            : Problems.NotFound("organization");
    }
}
