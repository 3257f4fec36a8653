using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>The cases the caller may see, newest first, optionally in one state; each with the attributions the caller may see.</summary>
public static class ListCases
{
    public const int MaxPage = 500;

    public static async Task<Results<Ok<List<CaseView>>, ValidationProblem>> Handle(Principal caller, ClearinghouseDb db, SsvcTables tables, string? state, int? limit, CancellationToken ct)
    {
        var query = db.Set<VulnerabilityCase>().AsNoTracking().Where(AccessPolicy.ReadableCases(caller, db.Set<Finding>()));
        if (state is not null)
        {
            if (!ContractJson.TryParseEnum<CaseState>(state, out var s))
            {
                return Problems.Invalid("state", $"'{state}' is not a case state; expected one of: {ContractJson.EnumNames<CaseState>()}.");
            }

            query = query.Where(c => c.State == s);
        }

        if (limit is < 1 or > MaxPage)
        {
            return Problems.Invalid("limit", $"The limit is 1 to {MaxPage}.");
        }

        var cases = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Number).Take(limit ?? 100).ToListAsync(ct);
        return TypedResults.Ok(await CaseViews.WithAttributionsAsync(db, caller, tables, cases, ct));
    }
}
