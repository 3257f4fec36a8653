using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Directives;

/// <summary>Staff withdraw a directive: it stays readable with its versions, and yields no more compliance reports.</summary>
public static class WithdrawDirective
{
    public static async Task<Results<Ok<DirectiveView>, ProblemHttpResult>> Handle(string directiveRef, WithdrawDirectiveRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanIssueDirectives(caller))
        {
            return Problems.Forbidden("Only clearinghouse analysts and administrators withdraw directives.");
        }

        var directive = await DirectiveRecords.FindAsync(db, directiveRef, track: true, ct);
        if (directive is null)
        {
            return Problems.NotFound("directive");
        }

        if (directive.WithdrawnAt is { } withdrawn)
        {
            return Problems.Conflict($"{directive.Reference} was already withdrawn on {withdrawn:yyyy-MM-dd}.");
        }

        directive.WithdrawnAt = db.Clock.Now();
        directive.WithdrawalReason = request.Reason;
        db.Record(caller, "directive.withdrawn", "directive", directive.Id.ToString(), null, new { WithdrawnAt = (DateTimeOffset?)null }, new { directive.WithdrawnAt, directive.WithdrawalReason });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DirectiveRecords.ViewAsync(db, directive, ct));
    }
}
