using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>A model's trusted partners with their consents and windows, for the developer and the cleared government.</summary>
public static class ListPartners
{
    public static async Task<Results<Ok<List<TrustedPartnerView>>, ProblemHttpResult>> Handle(Guid modelId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return problem!;
        }

        var partners = await db.Set<TrustedPartner>().AsNoTracking().Where(p => p.ModelId == model.Id).OrderBy(p => p.NominatedAt).ToListAsync(ct);
        var windows = await db.Set<AccessWindow>().AsNoTracking().Where(w => w.ModelId == model.Id && w.PartnerId != null).ToListAsync(ct);
        return TypedResults.Ok(partners.Select(p => p.ToView(windows.FirstOrDefault(w => w.PartnerId == p.Id))).ToList());
    }
}
