using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>The triage queue: new and in-triage cases, highest provisional priority first, then oldest first (clearinghouse analysts).</summary>
public static class ListTriageCases
{
    public static async Task<Results<Ok<List<CaseView>>, ProblemHttpResult>> Handle(Principal caller, ClearinghouseDb db, SsvcTables tables, CancellationToken ct)
    {
        if (!AccessPolicy.IsStaffAnalyst(caller))
        {
            return Problems.Forbidden("The triage queue is for clearinghouse analysts.");
        }

        var cases = await db.Set<VulnerabilityCase>().AsNoTracking()
            .Where(c => c.State == CaseState.New || c.State == CaseState.Triage || c.State == CaseState.Validated)
            .OrderByDescending(c => c.State == CaseState.Validated).ThenByDescending(c => c.ProvisionalPriority).ThenBy(c => c.OpenedAt)
            .Take(ListCases.MaxPage).ToListAsync(ct);
        return TypedResults.Ok(await CaseViews.WithAttributionsAsync(db, caller, tables, cases, ct));
    }
}
