using Clearinghouse.Access;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Findings;

/// <summary>Loads a case for an analyst's change: not found (404) when the caller cannot see it, forbidden (403) when the caller is not a clearinghouse analyst.</summary>
internal static class AnalystCases
{
    public static async Task<(VulnerabilityCase? Case, ProblemHttpResult? Problem)> FindAsync(ClearinghouseDb db, Principal caller, string caseRef, string forbidden, CancellationToken ct)
    {
        var @case = await GetCase.FindAsync(db.Set<VulnerabilityCase>().Where(AccessPolicy.ReadableCases(caller, db.Set<Finding>())), caseRef, ct);
        return @case is null ? (null, Problems.NotFound("case"))
            : !AccessPolicy.IsStaffAnalyst(caller) ? (null, Problems.Forbidden(forbidden))
            : (@case, null);
    }
}
