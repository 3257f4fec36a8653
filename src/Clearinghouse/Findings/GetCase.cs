using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>One case by id or by number (CH-2026-00042).</summary>
public static class GetCase
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Handle(string caseRef, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var query = db.Set<VulnerabilityCase>().AsNoTracking().Where(AccessPolicy.ReadableCases(caller, db.Set<Finding>()));
        var number = caseRef.ToUpperInvariant();
        var found = Guid.TryParse(caseRef, out var id)
            ? await query.FirstOrDefaultAsync(c => c.Id == CaseId.From(id), ct)
            : await query.FirstOrDefaultAsync(c => c.Number == number, ct);
        return found is null ? Problems.NotFound("case") : TypedResults.Ok((await CaseViews.WithAttributionsAsync(db, caller, [found], ct))[0]);
    }
}
