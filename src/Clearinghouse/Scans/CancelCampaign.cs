using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Scans;

/// <summary>The scanner cancels its campaign: it leaves the registry (its check-ins are refused, its slot is free) but stays on record.</summary>
public static class CancelCampaign
{
    public static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> Handle(Guid id, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        await registry.EnsureCurrentAsync(db, ct);
        var campaign = await GetCampaign.FindAsync(db, caller, id, ct, track: true);
        if (campaign is null)
        {
            return Problems.NotFound("campaign");
        }

        if (campaign.OrganizationId != caller.OrganizationId || !AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Only the campaign's organization (not its viewers) cancels it.");
        }

        if (campaign.CancelledAt is not null)
        {
            return Problems.Conflict($"The campaign was cancelled at {campaign.CancelledAt:u}.");
        }

        var before = campaign.ToView();
        campaign.CancelledAt = db.Clock.Now();
        db.Record(caller, "scan-campaign.cancelled", "scan-campaign", campaign.Id.ToString(), campaign.OrganizationId, before, campaign.ToView());
        await db.SaveChangesAsync(ct);
        registry.Apply(campaign);
        return TypedResults.Ok(campaign.ToView());
    }
}
