using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class ListOrganizations
{
    public static async Task<Results<Ok<List<OrganizationView>>, ValidationProblem>> Handle(
        Principal caller, ClearinghouseDb db, string? kind, bool? includeLeft, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().Where(AccessPolicy.ReadableOrganizations(caller));
        if (kind is not null)
        {
            if (!ContractJson.TryParseEnum<OrganizationKind>(kind, out var k))
            {
                return Problems.Invalid("kind", $"'{kind}' is not an organization kind; expected one of: {ContractJson.EnumNames<OrganizationKind>()}.");
            }

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
