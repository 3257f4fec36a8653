using Clearinghouse.Access;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Exposure;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Directives;

/// <summary>
/// A directive's compliance across every organization it targets. Clearinghouse staff analysts get one row per
/// organization; any other member only the totals, each suppressed when fewer than k organizations contribute to it
/// (the rule of the exposure figures), so no operator learns another's standing.
/// </summary>
public static class GetOverallCompliance
{
    public static async Task<Results<Ok<OverallComplianceView>, ProblemHttpResult>> Handle(
        string directiveRef, Principal caller, ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(options);
        var (directive, refusal) = await DirectiveRecords.InForceAsync(db, directiveRef, ct);
        if (directive is null)
        {
            return refusal!;
        }

        var (version, rules) = await DirectiveRecords.CurrentAsync(db, directive, ct);
        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var organizations = (await db.Organizations.AsNoTracking().Where(o => o.LeftAt == null && o.Kind != OrganizationKind.ClearinghouseStaff).ToListAsync(ct))
            .Where(o => DirectiveCompliance.Targets(version, o).Targeted).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var assessed = await ListRemediationTasks.AssessAsync(db, engine, organizations, today, ct);
        var lead = options.Value.DueSoonLeadDays;
        var rows = organizations.Select(o => new OrganizationComplianceRow(o.Id.Value, o.Name, o.Kind, o.Sector,
            DirectiveCompliance.Count([.. (assessed.GetValueOrDefault(o.Id) ?? []).Select(a => DirectiveCompliance.Judge(version, rules, a, engine, today, lead))]))).ToList();

        var k = options.Value.FiguresMinimumOrganizations;
        var staff = AccessPolicy.IsStaffAnalyst(caller);
        Figure Total(Func<ComplianceCounts, int> count) =>
            staff ? Figure.Of(rows.Sum(r => count(r.Counts))) : SmallCellSuppression.Sum([.. rows.Select(r => count(r.Counts))], k);
        var totals = new AggregateComplianceCounts(Total(c => c.Compliant), Total(c => c.DueSoon), Total(c => c.Overdue), Total(c => c.NotApplicable));
        return TypedResults.Ok(new OverallComplianceView(directive.Id.Value, directive.Reference, version.Version, today, k, rows.Count, totals, staff ? rows : null));
    }
}
