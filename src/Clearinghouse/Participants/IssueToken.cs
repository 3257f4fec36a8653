using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class IssueToken
{
    public const int DefaultLifetimeDays = 90;

    public static async Task<Results<Created<IssuedTokenView>, ProblemHttpResult>> Handle(
        Guid memberId, IssueTokenRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var found = await (
            from m in db.Members
            join o in db.Organizations on m.OrganizationId equals o.Id
            where m.Id == MemberId.From(memberId)
            select new { Member = m, Organization = o }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Problems.NotFound("member");
        }

        var decision = AccessPolicy.DecideCredentials(caller, found.Member);
        if (decision != Decision.Allowed)
        {
            return Problems.For(decision, "member", "Only the member, its organization's administrators or clearinghouse administrators issue its tokens.");
        }

        if (found.Organization.HasLeft)
        {
            return Problems.OrganizationHasLeft(found.Organization.Name);
        }

        if (!found.Member.IsActive)
        {
            return Problems.Conflict("The member was removed from its organization; removed members get no tokens.");
        }

        var (token, secret) = Create(db, caller, found.Member, request.Name, request.ExpiresInDays ?? DefaultLifetimeDays);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/tokens/{token.Id}", new IssuedTokenView(token.ToView(), secret));
    }

    internal static (ApiToken Token, string Secret) Create(ClearinghouseDb db, Principal? actor, Member member, string name, int lifetimeDays)
    {
        var (secret, hash, prefix) = TokenSecret.Generate();
        var now = db.Clock.Now();
        var token = new ApiToken
        {
            Id = TokenId.New(db.Clock),
            MemberId = member.Id,
            Name = name.Trim(),
            SecretHash = hash,
            Prefix = prefix,
            IssuedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
            IssuedBy = actor?.MemberId,
        };
        db.ApiTokens.Add(token);
        db.Record(actor, "token.issued", "token", token.Id.ToString(), member.OrganizationId, null, token.ToView());
        return (token, secret);
    }
}
