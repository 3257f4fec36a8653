using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>
/// A finding may name the campaign it came from only if that campaign is registered by the reporter's own organization,
/// and only if its target (a package or a repository) is within the targets that campaign was registered and authorized
/// for: a finding on anything else was not found by that campaign's authorized scanning (issue 5, scope 8). A product
/// named in words is not a scan target and is not checked.
/// </summary>
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

        var own = await db.Set<ScanCampaign>().AsNoTracking().Include(c => c.Targets)
            .Where(c => named.Contains(c.Id) && c.OrganizationId == caller.OrganizationId)
            .ToDictionaryAsync(c => c.Id, c => c.Targets.Select(t => t.Parsed()).ToList(), ct);
        for (var i = 0; i < submitted.Count; i++)
        {
            var at = path.Length == 0 ? "" : $"{path}[{i}].";
            if (submitted[i].Campaign is not { } campaign)
            {
                continue;
            }

            if (!own.TryGetValue(CampaignId.From(campaign), out var scope))
            {
                errors[at + "campaign"] = [$"Your organization registered no scan campaign {campaign}."];
            }
            else if ((submitted[i].Target.Purl ?? submitted[i].Target.Repository) is { } text
                && ScanTarget.TryParse(text, allowVersion: true, out var target, out _)
                && !scope.Any(t => t.Covers(target)))
            {
                errors[at + "target"] = [$"{target} is outside the targets of campaign {campaign} ({string.Join(", ", scope)}): a finding must lie within the scope its campaign was authorized to scan."];
            }
        }
    }
}
