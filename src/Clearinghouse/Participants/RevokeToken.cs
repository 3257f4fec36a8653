using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

/// <summary>Revokes a token at once: the next request that presents it is refused, in every server process. Revoking twice is harmless.</summary>
public static class RevokeToken
{
    public static async Task<Results<Ok<TokenView>, ProblemHttpResult>> Handle(Guid tokenId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var found = await (
            from t in db.ApiTokens
            join m in db.Members on t.MemberId equals m.Id
            where t.Id == TokenId.From(tokenId)
            select new { Token = t, Member = m }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Problems.NotFound("token");
        }

        var decision = AccessPolicy.DecideCredentials(caller, found.Member);
        if (decision != Decision.Allowed)
        {
            return Problems.For(decision, "token", "Only the member, its organization's administrators or clearinghouse administrators revoke its tokens.");
        }

        if (found.Token.RevokedAt is null)
        {
            Revoke(db, caller, found.Token, found.Member.OrganizationId, db.Clock.Now());
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(found.Token.ToView());
    }

    internal static void Revoke(ClearinghouseDb db, Principal? actor, ApiToken token, OrganizationId organization, DateTimeOffset now)
    {
        var before = token.ToView();
        token.RevokedAt = now;
        db.Record(actor, "token.revoked", "token", token.Id.ToString(), organization, before, token.ToView());
    }
}
