using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Findings;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>
/// A campaign reports the targets it covered (with the tool and model); each record links to the findings the campaign
/// submitted on that target (findings name their campaign). Coverage feeds the redundancy and gap reports.
/// </summary>
public static class ReportCoverage
{
    public static async Task<Results<Created<List<CoverageView>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, CoverageReport report, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var campaign = await GetCampaign.FindAsync(db, caller, id, ct);
        if (campaign is null)
        {
            return Problems.NotFound("campaign");
        }

        if (campaign.OrganizationId != caller.OrganizationId || !AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Only the campaign's organization (not its viewers) reports its coverage.");
        }

        var targets = campaign.Targets.Select(t => t.Parsed()).ToList();
        var errors = new Dictionary<string, string[]>();
        var records = new List<ScanCoverage>();
        for (var i = 0; i < report.Items.Count; i++)
        {
            var item = report.Items[i];
            if (!ScanTarget.TryParse(item.Target, allowVersion: true, out var target, out var error))
            {
                errors[$"items[{i}].target"] = [error];
                continue;
            }

            if (!targets.Any(t => t.Covers(target)))
            {
                errors[$"items[{i}].target"] = [$"{target.Text} is not among the campaign's targets."];
                continue;
            }

            records.Add(new ScanCoverage
            {
                Id = db.Clock.NewId(),
                CampaignId = campaign.Id,
                OrganizationId = campaign.OrganizationId,
                Kind = target.Kind,
                Target = target.Text,
                Version = target.Version ?? targets.FirstOrDefault(t => t.Text == target.Text)?.Version,
                Technique = campaign.Technique,
                Tool = item.Tool,
                ToolVersion = item.ToolVersion,
                Model = item.Model,
                CompletedAt = db.Clock.Now(),
                ReportedBy = caller.MemberId,
            });
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, type: Contracts.Problems.ProblemTypes.Validation, title: "The request has invalid fields");
        }

        db.AddRange(records);
        db.Record(caller, "scan-coverage.reported", "scan-campaign", campaign.Id.ToString(), campaign.OrganizationId, null, records.Select(r => r.ToView([])).ToList());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/scans/campaigns/{campaign.Id}/coverage", await ViewsAsync(db, campaign.Id, records, ct));
    }

    public static async Task<Results<Ok<List<CoverageView>>, ProblemHttpResult>> HandleList(Guid id, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        if (await GetCampaign.FindAsync(db, caller, id, ct) is not { } campaign)
        {
            return Problems.NotFound("campaign");
        }

        var records = await db.Set<ScanCoverage>().AsNoTracking().Where(c => c.CampaignId == campaign.Id).OrderBy(c => c.CompletedAt).ToListAsync(ct);
        return TypedResults.Ok(await ViewsAsync(db, campaign.Id, records, ct));
    }

    /// <summary>Each record with the findings the campaign submitted on its target (a package's or repository's findings at that version, when it has one).</summary>
    private static async Task<List<CoverageView>> ViewsAsync(ClearinghouseDb db, CampaignId campaign, IReadOnlyList<ScanCoverage> records, CancellationToken ct)
    {
        var findings = await db.Set<Finding>().AsNoTracking().Where(f => f.CampaignId == campaign.Value)
            .Select(f => new { f.Id, f.TargetPurl, f.TargetRepository, f.TargetCommit }).ToListAsync(ct);
        var targets = findings
            .Select(f => (f.Id, Target: ScanTarget.TryParse(f.TargetPurl ?? (f.TargetRepository is { } r ? r + (f.TargetCommit is { } c ? "@" + c : "") : null), true, out var t, out _) ? t : null))
            .Where(f => f.Target is not null)
            .ToList();
        return [.. records.Select(r => r.ToView([.. targets
            .Where(f => ScanTarget.Parse(r.Target).Covers(f.Target!) && (r.Version is null || f.Target!.Version == r.Version))
            .Select(f => f.Id.Value)]))];
    }
}
