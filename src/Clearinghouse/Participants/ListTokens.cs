using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class ListTokens
{
    public static async Task<Results<Ok<List<TokenView>>, ProblemHttpResult>> Handle(Guid memberId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var id = MemberId.From(memberId);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return Problems.NotFound("member");
        }

        var decision = AccessPolicy.DecideCredentials(caller, member);
        if (decision != Decision.Allowed)
        {
            return Problems.For(decision, "member", "Only the member, its organization's administrators or clearinghouse administrators see its tokens.");
        }

        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.MemberId == id).OrderBy(t => t.IssuedAt).ToListAsync(ct);
        return TypedResults.Ok(tokens.Select(t => t.ToView()).ToList());
    }
}
