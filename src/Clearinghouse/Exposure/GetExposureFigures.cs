using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

/// <summary>
/// The clearinghouse's exposure figures (issue 7, scope 5): open and overdue exposures, remediations and the median days
/// to remediate, overall and by sector and by state. Every member may read them, so they obey
/// <see cref="SmallCellSuppression"/>: no figure that fewer than k organizations stand behind.
/// </summary>
public static class GetExposureFigures
{
    public const string Unspecified = "unspecified";

    public static async Task<ExposureFiguresView> Handle(Principal caller, ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(options);
        var k = options.Value.FiguresMinimumOrganizations;
        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.LeftAt == null && o.Kind != OrganizationKind.ClearinghouseStaff).ToListAsync(ct);
        var assessed = await ListRemediationTasks.AssessAsync(db, engine, organizations, today, ct);
        var tallies = organizations
            .Select(o => Tally(o, assessed.GetValueOrDefault(o.Id) ?? [], today))
            .Where(t => t.Exposures > 0)
            .ToList();

        var bySector = Breakdown(tallies, t => t.Sector, k);
        var byState = Breakdown(tallies, t => t.State, k);
        return new ExposureFiguresView(today, k, Row("all", tallies, k), bySector, byState);
    }

    private static OrganizationTally Tally(Organization organization, List<AssessedExposure> exposures, DateOnly today) => new(
        organization.Sector is { } sector ? ContractJson.EnumName(sector) : Unspecified,
        organization.State ?? Unspecified,
        exposures.Count,
        exposures.Count(e => e.Exposure.IsOpen(today)),
        exposures.Count(e => e.View.Overdue),
        [.. exposures.Where(e => e.Exposure.Status is ExposureStatus.Fixed or ExposureStatus.Mitigated)
            .Select(e => (e.Exposure.StatusChangedAt - e.Exposure.FirstSeenAt).TotalDays)]);

    private static List<FigureRow> Breakdown(List<OrganizationTally> tallies, Func<OrganizationTally, string> group, int k)
    {
        var rows = tallies.GroupBy(group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, [.. g], k)).ToList();
        SmallCellSuppression.Complement(rows, r => r.Organizations, (r, f) => r with { Organizations = f });
        SmallCellSuppression.Complement(rows, r => r.OpenExposures, (r, f) => r with { OpenExposures = f });
        SmallCellSuppression.Complement(rows, r => r.OverdueExposures, (r, f) => r with { OverdueExposures = f });
        SmallCellSuppression.Complement(rows, r => r.RemediatedExposures, (r, f) => r with { RemediatedExposures = f });
        return rows;
    }

    private static FigureRow Row(string name, List<OrganizationTally> tallies, int k) => new(
        name,
        SmallCellSuppression.Organizations(tallies.Count, k),
        SmallCellSuppression.Sum([.. tallies.Select(t => t.Open)], k),
        SmallCellSuppression.Sum([.. tallies.Select(t => t.Overdue)], k),
        SmallCellSuppression.Sum([.. tallies.Select(t => t.DaysToRemediate.Count)], k),
        SmallCellSuppression.Median([.. tallies.Select(t => t.DaysToRemediate)], k));

    private sealed record OrganizationTally(string Sector, string State, int Exposures, int Open, int Overdue, IReadOnlyList<double> DaysToRemediate);
}
