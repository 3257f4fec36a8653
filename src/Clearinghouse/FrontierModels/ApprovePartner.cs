using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The other side consents to a nominated partner. With both consents (dual consent) the partner gets its window, which
/// follows the government's: it starts when the government window ends (now, when none is open) and lasts at most 30
/// days, ending no later than the planned public release when that is later than its start.
/// </summary>
public static class ApprovePartner
{
    public static async Task<Results<Ok<TrustedPartnerView>, ProblemHttpResult>> Handle(Guid partnerId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var partner = await db.Set<TrustedPartner>().FirstOrDefaultAsync(p => p.Id == partnerId, ct);
        var (model, _) = partner is null ? (null, null) : await FrontierAccess.ModelAsync(db, caller, clearance, partner.ModelId, RecordAction.Read, "", ct);
        if (partner is null || model is null)
        {
            return Problems.NotFound("trusted partner");
        }

        var side = NominatePartner.Side(caller, clearance, model);
        if (side is null)
        {
            return Problems.Forbidden("Trusted partners are approved by the developer or by cleared evaluators and designating officials.");
        }

        var existing = await db.Set<AccessWindow>().AsNoTracking().FirstOrDefaultAsync(w => w.PartnerId == partner.Id, ct);
        if ((side == TrustedPartner.DeveloperSide ? partner.DeveloperApprovedAt : partner.GovernmentApprovedAt) is not null)
        {
            return TypedResults.Ok(partner.ToView(existing));
        }

        var now = db.Clock.Now();
        var before = partner.ToView(existing);
        NominatePartner.Consent(partner, side, caller, now);
        AccessWindow? window = null;
        if (partner.BothConsented)
        {
            var government = (await db.Set<AccessWindow>().AsNoTracking().Where(w => w.ModelId == model.Id && w.PartnerId == null).ToListAsync(ct))
                .Where(w => w.EffectiveEnd > now).OrderBy(w => w.EffectiveEnd).FirstOrDefault();
            var starts = government?.EffectiveEnd ?? now;
            var ends = starts + AccessWindow.MaximumLength;
            if (model.PlannedPublicRelease is { } release && release > starts && release < ends)
            {
                ends = release;
            }

            window = new AccessWindow
            {
                Id = db.Clock.NewId(),
                ModelId = model.Id,
                PartnerId = partner.Id,
                PartnerOrganizationId = partner.PartnerOrganizationId,
                StartsAt = starts,
                EndsAt = ends,
                OpenedBy = caller.MemberId,
                OpenedAt = now,
            };
            db.Add(window);
        }

        db.Record(caller, window is null ? "frontier.partner-approved" : "frontier.partner-approved-by-both", "trusted-partner", partner.Id.ToString(), model.OrganizationId, before, partner.ToView(window));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(partner.ToView(window));
    }
}
