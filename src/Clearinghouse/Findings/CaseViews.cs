using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

internal static class CaseViews
{
    /// <summary>Staff see every reporter; a reporter sees its own findings only (reporter identity is need-to-know).</summary>
    public static async Task<List<CaseView>> WithAttributionsAsync(ClearinghouseDb db, Principal caller, SsvcTables tables, List<VulnerabilityCase> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => c.Id).ToList();
        var findings = db.Set<Finding>().AsNoTracking().Where(f => ids.Contains(f.CaseId));
        if (!caller.IsStaff)
        {
            findings = findings.Where(f => f.OrganizationId == caller.OrganizationId);
        }

        // First-reporter credit goes to the earliest place in time: a revealed priority claim's, else the commit's.
        var attributions = (await findings.ToListAsync(ct)).OrderBy(f => f.ClaimedAt ?? f.ReceivedAt).ThenBy(f => f.AttributionOrder).ToLookup(f => f.CaseId);
        var duplicates = Enumerable.Empty<(CaseId CaseId, PossibleDuplicateView View)>().ToLookup(d => d.CaseId, d => d.View);
        if (caller.IsStaff)
        {
            duplicates = (await db.Set<PossibleDuplicate>().AsNoTracking().Where(d => ids.Contains(d.CaseId))
                    .Join(db.Set<VulnerabilityCase>(), d => d.EarlierCaseId, c => c.Id, (d, c) => new { d.CaseId, d.EarlierCaseId, c.Number, d.Similarity })
                    .ToListAsync(ct))
                .OrderByDescending(d => d.Similarity)
                .ToLookup(d => d.CaseId, d => new PossibleDuplicateView(d.EarlierCaseId.Value, d.Number, d.Similarity));
        }

        return [.. cases.Select(c => c.ToView([.. attributions[c.Id].Select(f => f.ToAttribution())], [.. duplicates[c.Id]], CoordinatorTriage.Decide(tables, c)))];
    }
}
