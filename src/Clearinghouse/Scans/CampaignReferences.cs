using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>A finding may name the campaign it came from only if that campaign is registered by the reporter's own organization.</summary>
public static class CampaignReferences
{
    public static async Task CheckAsync(ClearinghouseDb db, Principal caller, IReadOnlyList<FindingSubmission> submitted, string path, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(errors);
        var named = submitted.Select(s => s.Campaign).OfType<Guid>().Distinct().Select(CampaignId.From).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var own = await db.Set<ScanCampaign>().AsNoTracking().Where(c => named.Contains(c.Id) && c.OrganizationId == caller.OrganizationId)
            .Select(c => c.Id).ToListAsync(ct);
        for (var i = 0; i < submitted.Count; i++)
        {
            if (submitted[i].Campaign is { } campaign && !own.Contains(CampaignId.From(campaign)))
            {
                errors[(path.Length == 0 ? "" : $"{path}[{i}].") + "campaign"] = [$"Your organization registered no scan campaign {campaign}."];
            }
        }
    }
}
