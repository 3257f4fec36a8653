using Clearinghouse.Access;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

/// <summary>
/// The first steps of every administrative use case, done one way: find the record, ask the access policy whether the
/// caller may administer it (404 when it may not even see it, 403 when it may see but not administer), and refuse changes
/// to an organization that has left.
/// </summary>
internal static class Administration
{
    public static async Task<(Organization? Organization, ProblemHttpResult? Problem)> OrganizationAsync(
        ClearinghouseDb db, Principal caller, Guid organizationId, string forbiddenDetail, CancellationToken ct, bool allowLeft = false)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == OrganizationId.From(organizationId), ct);
        if (organization is null)
        {
            return (null, Problems.NotFound("organization"));
        }

        var decision = AccessPolicy.Decide(caller, organization.Sharing, RecordAction.Administer);
        if (decision != Decision.Allowed)
        {
            return (null, Problems.For(decision, "organization", forbiddenDetail));
        }

        return organization.HasLeft && !allowLeft ? (null, Problems.OrganizationHasLeft(organization.Name)) : (organization, null);
    }

    public static async Task<(Member? Member, Organization? Organization, ProblemHttpResult? Problem)> MemberAsync(
        ClearinghouseDb db, Principal caller, Guid memberId, string forbiddenDetail, CancellationToken ct)
    {
        var found = await (
            from m in db.Members
            join o in db.Organizations on m.OrganizationId equals o.Id
            where m.Id == MemberId.From(memberId)
            select new { m, o }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return (null, null, Problems.NotFound("member"));
        }

        var decision = AccessPolicy.Decide(caller, found.m.Sharing, RecordAction.Administer);
        if (decision != Decision.Allowed)
        {
            return (null, null, Problems.For(decision, "member", forbiddenDetail));
        }

        return found.o.HasLeft ? (null, null, Problems.OrganizationHasLeft(found.o.Name)) : (found.m, found.o, null);
    }

    public static Task<bool> AnotherActiveAdmin(ClearinghouseDb db, Member member, CancellationToken ct) =>
        db.Members.AnyAsync(m => m.OrganizationId == member.OrganizationId && m.Id != member.Id && m.Role == Contracts.Participants.MemberRole.Admin && m.RemovedAt == null, ct);
}
