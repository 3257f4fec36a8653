using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class UpdateMember
{
    public static async Task<Results<Ok<MemberView>, ProblemHttpResult>> Handle(
        Guid memberId, UpdateMemberRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var found = await MemberWithOrganization(db, MemberId.From(memberId), ct);
        if (found is null)
        {
            return Problems.NotFound("member");
        }

        var (member, organization) = found.Value;
        var decision = AccessPolicy.Decide(caller, member.Sharing, RecordAction.Administer);
        if (decision != Decision.Allowed)
        {
            return Problems.For(decision, "member", "Only the organization's administrators (or clearinghouse administrators) change its members.");
        }

        if (organization.HasLeft)
        {
            return Problems.OrganizationHasLeft(organization.Name);
        }

        if (!member.IsActive)
        {
            return Problems.Conflict("The member was removed; removed members are kept for the record and not changed.");
        }

        if (member.Role == MemberRole.Admin && request.Role is { } newRole && newRole != MemberRole.Admin
            && !await AnotherActiveAdmin(db, member, ct))
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

    internal static async Task<(Member, Organization)?> MemberWithOrganization(ClearinghouseDb db, MemberId id, CancellationToken ct)
    {
        var found = await (
            from m in db.Members
            join o in db.Organizations on m.OrganizationId equals o.Id
            where m.Id == id
            select new { m, o }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.m, found.o);
    }

    internal static Task<bool> AnotherActiveAdmin(ClearinghouseDb db, Member member, CancellationToken ct) =>
        db.Members.AnyAsync(m => m.OrganizationId == member.OrganizationId && m.Id != member.Id && m.Role == MemberRole.Admin && m.RemovedAt == null, ct);
}
