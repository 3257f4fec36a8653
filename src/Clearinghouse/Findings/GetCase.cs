using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>One case by id or by number (CH-2026-00042).</summary>
public static class GetCase
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Handle(string caseRef, Principal caller, ClearinghouseDb db, SsvcTables tables, CancellationToken ct)
    {
        var found = await FindAsync(db.Set<VulnerabilityCase>().AsNoTracking().Where(AccessPolicy.ReadableCases(caller, db.Set<Finding>())), caseRef, ct);
        return found is null ? Problems.NotFound("case") : TypedResults.Ok((await CaseViews.WithAttributionsAsync(db, caller, tables, [found], ct))[0]);
    }

    /// <summary>The case <paramref name="caseRef"/> names, by id or by number, among <paramref name="cases"/>.</summary>
    internal static Task<VulnerabilityCase?> FindAsync(IQueryable<VulnerabilityCase> cases, string caseRef, CancellationToken ct)
    {
        if (Guid.TryParse(caseRef, out var id))
        {
            var caseId = CaseId.From(id);
            return cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        }

        var number = caseRef.ToUpperInvariant();
        return cases.FirstOrDefaultAsync(c => c.Number == number, ct);
    }
}
