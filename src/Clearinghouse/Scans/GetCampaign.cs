using Clearinghouse.Access;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Scans;

/// <summary>A campaign, the list of an organization's campaigns, and its deconfliction report on demand (the organization and staff).</summary>
public static class GetCampaign
{
    public static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> Handle(Guid id, Principal caller, ClearinghouseDb db, CancellationToken ct) =>
        await FindAsync(db, caller, id, ct) is { } campaign ? TypedResults.Ok(campaign.ToView()) : Problems.NotFound("campaign");

    public static async Task<Ok<List<CampaignView>>> HandleList(Principal caller, ClearinghouseDb db, Guid? organizationId, CancellationToken ct)
    {
        var organization = OrganizationId.From(caller.IsStaff && organizationId is { } asked ? asked : caller.OrganizationId.Value);
        var all = caller.IsStaff && organizationId is null;
        var campaigns = await db.Set<ScanCampaign>().AsNoTracking().Include(c => c.Targets)
            .Where(c => all || c.OrganizationId == organization).OrderByDescending(c => c.StartsAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(campaigns.Select(c => c.ToView()).ToList());
    }

    public static async Task<Results<Ok<DeconflictionReport>, ProblemHttpResult>> HandleDeconfliction(
        Guid id, Principal caller, ClearinghouseDb db, ScanRegistry registry, IOptions<ScansOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        if (await FindAsync(db, caller, id, ct) is not { } campaign)
        {
            return Problems.NotFound("campaign");
        }

        await registry.EnsureCurrentAsync(db, ct);
        var plan = new CampaignPlan(campaign.OrganizationId, campaign.Technique, campaign.StartsAt, campaign.EndsAt, [.. campaign.Targets.Select(t => t.Parsed())], campaign.Id);
        return TypedResults.Ok(await Deconfliction.ReportAsync(db, registry, options.Value, plan, ct));
    }

    internal static async Task<ScanCampaign?> FindAsync(ClearinghouseDb db, Principal caller, Guid id, CancellationToken ct, bool track = false)
    {
        var query = db.Set<ScanCampaign>().Include(c => c.Targets);
        var campaign = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == CampaignId.From(id), ct);
        return campaign is not null && AccessPolicy.CanSeeScanRecords(caller, campaign.OrganizationId) ? campaign : null;
    }
}
