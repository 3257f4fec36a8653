using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>An individual accepts a terms version (only the current one: accepting a superseded text binds to nothing in force).</summary>
public static class AcceptTerms
{
    public static async Task<Results<Ok<TermsAcceptanceView>, ProblemHttpResult>> Handle(Guid termsId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var terms = await db.Set<TermsDocument>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == termsId, ct);
        if (terms is null)
        {
            return Problems.NotFound("terms");
        }

        if (await db.Set<TermsDocument>().AnyAsync(t => t.Kind == terms.Kind && t.Audience == terms.Audience && t.Version > terms.Version, ct))
        {
            return Problems.Conflict($"Version {terms.Version} of these terms was superseded; accept the current version.");
        }

        var existing = await db.Set<TermsAcceptance>().AsNoTracking().FirstOrDefaultAsync(a => a.TermsId == terms.Id && a.MemberId == caller.MemberId, ct);
        if (existing is not null)
        {
            return TypedResults.Ok(new TermsAcceptanceView(terms.Id, terms.Kind, terms.Version, caller.MemberId.Value, existing.AcceptedAt));
        }

        var acceptance = new TermsAcceptance { Id = db.Clock.NewId(), TermsId = terms.Id, MemberId = caller.MemberId, AcceptedAt = db.Clock.Now() };
        db.Add(acceptance);
        var view = new TermsAcceptanceView(terms.Id, terms.Kind, terms.Version, caller.MemberId.Value, acceptance.AcceptedAt);
        db.Record(caller, "frontier.terms-accepted", "terms", terms.Id.ToString(), caller.OrganizationId, null, new { view, terms.Sha256 });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(view);
    }
}
