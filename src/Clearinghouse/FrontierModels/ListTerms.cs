using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>The current version of every terms document, for anyone who may have to accept them.</summary>
public static class ListTerms
{
    public static async Task<Ok<List<TermsView>>> Handle(ClearinghouseDb db, CancellationToken ct)
    {
        var all = await db.Set<TermsDocument>().AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(all.GroupBy(t => (t.Kind, t.Audience)).Select(g => g.MaxBy(t => t.Version)!.ToView())
            .OrderBy(t => t.Audience).ThenBy(t => t.Kind).ToList());
    }
}
