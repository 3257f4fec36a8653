using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class WhoAmI
{
    public static async Task<Ok<WhoAmIView>> Handle(Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == caller.MemberId, ct);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == caller.OrganizationId, ct);
        return TypedResults.Ok(new WhoAmIView(member.ToView(), organization.ToView(), caller.TokenId.Value));
    }
}
