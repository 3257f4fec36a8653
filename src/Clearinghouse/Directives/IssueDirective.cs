using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Directives;

/// <summary>Clearinghouse staff issue a directive: whom it binds and its machine-checkable rules (version 1).</summary>
public static class IssueDirective
{
    public static async Task<Results<Created<DirectiveView>, ValidationProblem, ProblemHttpResult>> Handle(DirectiveRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanIssueDirectives(caller))
        {
            return Problems.Forbidden("Only clearinghouse analysts and administrators issue directives.");
        }

        var errors = DirectiveRecords.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: ProblemTypes.Validation, title: "The request has invalid fields");
        }

        var reference = request.Reference.Trim();
        if (await db.Set<Directive>().AnyAsync(d => d.Reference == reference, ct))
        {
            return Problems.Conflict($"A directive {reference} already exists; amend it, or choose another reference.");
        }

        var directive = new Directive { Id = DirectiveId.New(db.Clock), Reference = reference, CurrentVersion = 1, IssuedAt = db.Clock.Now(), IssuedBy = caller.MemberId };
        db.Add(directive);
        var (version, rules) = DirectiveRecords.AddVersion(db, caller, directive.Id, 1, request);
        db.Record(caller, "directive.issued", "directive", directive.Id.ToString(), null, null, new { directive.Reference, version.Title, version.TargetKinds, version.TargetSectors, version.EffectiveOn, Rules = rules.Select(r => r.Describe()) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"A directive {reference} already exists; amend it, or choose another reference.");
        }

        return TypedResults.Created($"/api/directives/{directive.Id}", await DirectiveRecords.ViewAsync(db, directive, ct));
    }
}
