using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

public static class GetMember
{
    public static async Task<Results<Ok<MemberView>, ProblemHttpResult>> Handle(Guid memberId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == MemberId.From(memberId), ct);
        return member is not null && AccessPolicy.CanRead(caller, member.Sharing)
            ? TypedResults.Ok(member.ToView())
            : Problems.NotFound("member");
    }
}
