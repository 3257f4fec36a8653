using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class ListMembers
{
    public static async Task<Results<Ok<List<MemberView>>, ProblemHttpResult>> Handle(
        Guid organizationId, Principal caller, ClearinghouseDb db, bool? includeRemoved, CancellationToken ct)
    {
        var id = OrganizationId.From(organizationId);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null || !AccessPolicy.CanRead(caller, organization.Sharing))
        {
            return Problems.NotFound("organization");
        }

        if (!AccessPolicy.CanRead(caller, Member.SharingOf(id)))
        {
            return Problems.Forbidden("An organization's members are visible to that organization and to clearinghouse staff only.");
        }

        var query = db.Members.AsNoTracking().Where(m => m.OrganizationId == id);
        if (includeRemoved != true)
        {
            query = query.Where(m => m.RemovedAt == null);
        }

        var members = await query.OrderBy(m => m.DisplayName).ToListAsync(ct);
        return TypedResults.Ok(members.Select(m => m.ToView()).ToList());
    }
}
