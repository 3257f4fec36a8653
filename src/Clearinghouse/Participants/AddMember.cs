using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class AddMember
{
    public static async Task<Results<Created<MemberView>, ProblemHttpResult>> Handle(
        Guid organizationId, AddMemberRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var (organization, problem) = await Administration.OrganizationAsync(db, caller, organizationId,
            "Only the organization's administrators (or clearinghouse administrators) add members.", ct);
        if (organization is null)
        {
            return problem!;
        }

        if (await EmailInUse(db, request.Email, ct))
        {
            return Problems.Conflict($"An active member already uses {request.Email}.");
        }

        var member = Create(db, caller, organization, request.DisplayName, request.Email, request.Role);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"An active member already uses {request.Email}.");
        }

        return TypedResults.Created($"/api/members/{member.Id}", member.ToView());
    }

    internal static Task<bool> EmailInUse(ClearinghouseDb db, string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return db.Members.AnyAsync(m => m.Email == normalized && m.RemovedAt == null, ct);
    }

    internal static Member Create(ClearinghouseDb db, Principal? actor, Organization organization, string displayName, string email, MemberRole role)
    {
        var member = new Member
        {
            Id = MemberId.New(db.Clock),
            OrganizationId = organization.Id,
            DisplayName = displayName.Trim(),
            Email = email.Trim().ToLowerInvariant(),
            Role = role,
            AddedAt = db.Clock.Now(),
        };
        db.Members.Add(member);
        db.Record(actor, "member.added", "member", member.Id.ToString(), organization.Id, null, member.ToView());
        return member;
    }
}
