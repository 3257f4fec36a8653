using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Either side nominates a trusted partner for early access to a model (Sec. 3(b)(iii)): the developer, or a cleared
/// evaluator or designating official. The nomination counts as the nominating side's consent; the other side must approve.
/// </summary>
public static class NominatePartner
{
    public static async Task<Results<Created<TrustedPartnerView>, ProblemHttpResult>> Handle(Guid modelId, NominatePartnerRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (model, problem) = await FrontierAccess.ModelAsync(db, caller, clearance, modelId, RecordAction.Read, "", ct);
        if (model is null)
        {
            return problem!;
        }

        var side = Side(caller, clearance, model);
        if (side is null)
        {
            return Problems.Forbidden("Trusted partners are nominated by the developer or by cleared evaluators and designating officials.");
        }

        var partnerId = OrganizationId.From(request.PartnerOrganizationId);
        var partner = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == partnerId && o.LeftAt == null, ct);
        if (partner is null || partner.Id == model.OrganizationId || AccessPolicy.IsGovernment(new Principal(default, partner.Id, partner.Kind, default, default)))
        {
            return Problems.DomainRule("A trusted partner is another participating organization: not the developer itself, not the government.");
        }

        var now = db.Clock.Now();
        var nomination = new TrustedPartner
        {
            Id = db.Clock.NewId(),
            ModelId = model.Id,
            PartnerOrganizationId = partner.Id,
            NominatedBy = side,
            NominatedByMember = caller.MemberId,
            Rationale = request.Rationale,
            NominatedAt = now,
        };
        Consent(nomination, side, caller, now);
        db.Add(nomination);
        db.Record(caller, "frontier.partner-nominated", "trusted-partner", nomination.Id.ToString(), model.OrganizationId, null, nomination.ToView(null));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict($"{partner.Name} is already nominated for this model.");
        }

        return TypedResults.Created($"/api/frontier/models/{model.Id}/partners", nomination.ToView(null));
    }

    /// <summary>Which side the caller speaks for, or null when it speaks for neither.</summary>
    internal static string? Side(Principal caller, Clearance? clearance, FrontierModel model) =>
        FrontierAccess.IsDeveloper(caller, model) ? TrustedPartner.DeveloperSide
        : AccessPolicy.Holds(caller, clearance, FrontierDuty.Evaluator) || AccessPolicy.Holds(caller, clearance, FrontierDuty.DesignatingOfficial) ? TrustedPartner.GovernmentSide
        : null;

    internal static void Consent(TrustedPartner partner, string side, Principal caller, DateTimeOffset now)
    {
        if (side == TrustedPartner.DeveloperSide)
        {
            partner.DeveloperApprovedBy = caller.MemberId;
            partner.DeveloperApprovedAt = now;
        }
        else
        {
            partner.GovernmentApprovedBy = caller.MemberId;
            partner.GovernmentApprovedAt = now;
        }
    }
}
