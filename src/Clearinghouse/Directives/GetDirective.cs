using Clearinghouse.Contracts.Directives;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Directives;

/// <summary>A directive by id or reference: its version in force, and every version before it.</summary>
public static class GetDirective
{
    public static async Task<Results<Ok<DirectiveView>, ProblemHttpResult>> Handle(string directiveRef, ClearinghouseDb db, CancellationToken ct)
    {
        var directive = await DirectiveRecords.FindAsync(db, directiveRef, track: false, ct);
        return directive is null ? Problems.NotFound("directive") : TypedResults.Ok(await DirectiveRecords.ViewAsync(db, directive, ct));
    }
}
