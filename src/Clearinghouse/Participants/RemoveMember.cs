using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

/// <summary>Removes a member: its tokens are revoked in the same transaction; the member row stays for the record.</summary>
public static class RemoveMember
{
    public static async Task<Results<Ok<MemberView>, ProblemHttpResult>> Handle(Guid memberId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var (member, organization, problem) = await Administration.MemberAsync(db, caller, memberId,
            "Only the organization's administrators (or clearinghouse administrators) remove its members.", ct);
        if (member is null || organization is null)
        {
            return problem!;
        }

        if (!member.IsActive)
        {
            return TypedResults.Ok(member.ToView());
        }

        if (member.Role == MemberRole.Admin && !await Administration.AnotherActiveAdmin(db, member, ct))
        {
            return Problems.LastAdministrator(organization.Name);
        }

        var before = member.ToView();
        var now = db.Clock.Now();
        member.RemovedAt = now;
        db.Record(caller, "member.removed", "member", member.Id.ToString(), member.OrganizationId, before, member.ToView());
        foreach (var token in await db.ApiTokens.Where(t => t.MemberId == member.Id && t.RevokedAt == null).ToListAsync(ct))
        {
            RevokeToken.Revoke(db, caller, token, member.OrganizationId, now);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(member.ToView());
    }
}
