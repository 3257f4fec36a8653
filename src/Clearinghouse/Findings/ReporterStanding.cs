using System.Globalization;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>
/// Shields maintainers from reporters whose findings are mostly invalid (issue 5, scope 7). Once enough of an
/// organization's recent findings were judged, a quality score below <see cref="FindingsOptions.PoorStandingScore"/> puts
/// it in poor standing: it may submit at most <see cref="FindingsOptions.PoorStandingFindingsPerDay"/> findings in any 24
/// hours (more is refused with 429 and nothing written), and the cases it opens wait for an analyst's verdict even when
/// they reproduce. Standing is recomputed from the cases' outcomes on every submission, over the organization's
/// <see cref="FindingsOptions.StandingRecentFindings"/> most recent findings only: it reflects how the reporter behaves
/// now, so it recovers as new findings validate and old sins (and old merits) age out, and its cost is bounded by that
/// window (read newest-first through the (organization, received) index) however many findings the organization ever sent.
/// </summary>
public static class ReporterStanding
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public static async Task<ReporterStandingView> AssessAsync(ClearinghouseDb db, OrganizationId organization, FindingsOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var recent = db.Set<Finding>().AsNoTracking().Where(f => f.OrganizationId == organization)
            .OrderByDescending(f => f.ReceivedAt).Take(options.StandingRecentFindings);
        var groups = await recent
            .Join(db.Set<VulnerabilityCase>(), f => f.CaseId, c => c.Id, (f, c) => new { f.Relation, c.State, c.RejectionReason })
            .GroupBy(r => new { r.Relation, r.State, r.RejectionReason })
            .Select(g => new { g.Key.Relation, g.Key.State, g.Key.RejectionReason, Count = g.Count() })
            .ToListAsync(ct);
        var counts = GetReporterStatistics.Count(groups.SelectMany(g => Enumerable.Repeat(GetReporterStatistics.Classify(g.Relation, g.State, g.RejectionReason), g.Count)));
        var judged = counts.Validated + counts.RejectedInvalid + counts.NotReproducible;
        var since = db.Clock.Now() - Window;
        var lastDay = await db.Set<Finding>().CountAsync(f => f.OrganizationId == organization && f.ReceivedAt > since, ct);
        var poor = judged >= options.JudgedBeforeStanding && counts.QualityScore < options.PoorStandingScore;
        return new ReporterStandingView(
            poor,
            poor ? string.Create(CultureInfo.InvariantCulture, $"quality score {counts.QualityScore:0.###} over {judged} judged findings is below {options.PoorStandingScore:0.###}") : null,
            poor ? options.PoorStandingFindingsPerDay : null,
            lastDay);
    }

    /// <summary>429 when a reporter in poor standing would go over its daily allowance with <paramref name="submitting"/> more findings; null otherwise.</summary>
    public static async Task<ProblemHttpResult?> RefuseOverAllowanceAsync(ClearinghouseDb db, OrganizationId organization, ReporterStandingView standing, int submitting, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(http);
        if (standing.FindingsPerDay is not { } allowance || standing.FindingsLastDay + submitting <= allowance)
        {
            return null;
        }

        var now = db.Clock.Now();
        string when;
        if (submitting > allowance)
        {
            when = $"Send at most {allowance} findings in one submission.";
            http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            // Room for this submission opens when enough of the last day's findings have aged out of the window.
            var since = now - Window;
            var mustAge = standing.FindingsLastDay + submitting - allowance;
            var freed = await db.Set<Finding>().AsNoTracking().Where(f => f.OrganizationId == organization && f.ReceivedAt > since)
                .OrderBy(f => f.ReceivedAt).Select(f => f.ReceivedAt).Skip(mustAge - 1).FirstAsync(ct);
            var wait = freed + Window - now;
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            when = string.Create(CultureInfo.InvariantCulture, $"Room for {submitting} more opens at {freed + Window:O}.");
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Reporter in poor standing", type: ProblemTypes.RateLimited,
            detail: $"This organization's {standing.Reason}; while in poor standing it may submit at most {allowance} findings in 24 hours and has submitted "
                + $"{standing.FindingsLastDay}. {when} Nothing was taken. Standing recovers as its findings are validated.");
    }
}
