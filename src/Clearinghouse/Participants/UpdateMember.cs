using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Participants;

public static class UpdateMember
{
    public static async Task<Results<Ok<MemberView>, ProblemHttpResult>> Handle(
        Guid memberId, UpdateMemberRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var (member, organization, problem) = await Administration.MemberAsync(db, caller, memberId,
            "Only the organization's administrators (or clearinghouse administrators) change its members.", ct);
        if (member is null || organization is null)
        {
            return problem!;
        }

        if (!member.IsActive)
        {
            return Problems.Conflict("The member was removed; removed members are kept for the record and not changed.");
        }

        if (member.Role == MemberRole.Admin && request.Role is { } newRole && newRole != MemberRole.Admin
            && !await Administration.AnotherActiveAdmin(db, member, ct))
        {
            return Problems.LastAdministrator(organization.Name);
        }

        var before = member.ToView();
        member.DisplayName = request.DisplayName?.Trim() ?? member.DisplayName;
        member.Role = request.Role ?? member.Role;
        var after = member.ToView();
        if (after != before)
        {
            db.Record(caller, "member.updated", "member", member.Id.ToString(), member.OrganizationId, before, after);
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(after);
    }
}
