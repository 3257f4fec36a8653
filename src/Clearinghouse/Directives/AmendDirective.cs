using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Directives;

/// <summary>Staff amend a directive: the request is the whole new text, which becomes the next version; earlier versions stay readable.</summary>
public static class AmendDirective
{
    public static async Task<Results<Ok<DirectiveView>, ValidationProblem, ProblemHttpResult>> Handle(string directiveRef, DirectiveRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanIssueDirectives(caller))
        {
            return Problems.Forbidden("Only clearinghouse analysts and administrators amend directives.");
        }

        var directive = await DirectiveRecords.FindAsync(db, directiveRef, track: true, ct);
        if (directive is null)
        {
            return Problems.NotFound("directive");
        }

        var errors = DirectiveRecords.Check(request);
        if (request.Reference.Trim() != directive.Reference)
        {
            errors["reference"] = [$"A directive keeps its reference; this one is {directive.Reference}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation, title: "The request has invalid fields");
        }

        if (directive.WithdrawnAt is not null)
        {
            return Problems.Conflict($"{directive.Reference} was withdrawn; issue a new directive instead.");
        }

        var (before, beforeRules) = await DirectiveRecords.CurrentAsync(db, directive, ct);
        directive.CurrentVersion++;
        var (version, rules) = DirectiveRecords.AddVersion(db, caller, directive.Id, directive.CurrentVersion, request);
        db.Record(caller, "directive.amended", "directive", directive.Id.ToString(), null,
            new { before.Version, before.Title, before.TargetKinds, before.TargetSectors, before.EffectiveOn, Rules = beforeRules.Select(r => r.Describe()) },
            new { version.Version, version.Title, version.TargetKinds, version.TargetSectors, version.EffectiveOn, Rules = rules.Select(r => r.Describe()) });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DirectiveRecords.ViewAsync(db, directive, ct));
    }
}
