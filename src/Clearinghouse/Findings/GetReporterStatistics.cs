using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Findings;

/// <summary>
/// A reporter's record: how its findings fared, overall and per tool and AI model. A reporter sees its own; clearinghouse
/// staff see any organization's (the quality score feeds triage).
/// </summary>
public static class GetReporterStatistics
{
    public static async Task<Results<Ok<ReporterStatistics>, ProblemHttpResult>> Handle(Guid? organizationId, Principal caller, ClearinghouseDb db, IOptions<FindingsOptions> options, CancellationToken ct)
    {
        var organization = OrganizationId.From(organizationId ?? caller.OrganizationId.Value);
        if (organization != caller.OrganizationId && !caller.IsStaff)
        {
            return Problems.NotFound("reporter statistics");
        }

        return TypedResults.Ok(await ComputeAsync(db, organization, options.Value, ct));
    }

    public static async Task<ReporterStatistics> ComputeAsync(ClearinghouseDb db, OrganizationId organization, FindingsOptions options, CancellationToken ct)
    {
        var rows = await db.Set<Finding>().AsNoTracking().Where(f => f.OrganizationId == organization)
            .Join(db.Set<VulnerabilityCase>(), f => f.CaseId, c => c.Id, (f, c) => new { f.Tool, f.Model, f.Relation, c.State, c.RejectionReason })
            .ToListAsync(ct);
        var outcomes = rows.Select(r => (r.Tool, r.Model, Outcome: Classify(r.Relation, r.State, r.RejectionReason))).ToList();
        return new ReporterStatistics(
            organization.Value,
            Count(outcomes.Select(o => o.Outcome)),
            [.. outcomes.GroupBy(o => (o.Tool, o.Model)).OrderBy(g => g.Key.Tool, StringComparer.Ordinal).ThenBy(g => g.Key.Model, StringComparer.Ordinal)
                .Select(g => new ToolStatistics(g.Key.Tool, g.Key.Model, Count(g.Select(o => o.Outcome))))],
            await ReporterStanding.AssessAsync(db, organization, options, ct));
    }

    internal enum Outcome
    {
        Validated,
        Invalid,
        NotReproducible,
        Duplicate,
        Pending,
    }

    internal static Outcome Classify(FindingRelation relation, CaseState state, RejectionReason? reason) => (state, reason) switch
    {
        (CaseState.Rejected, RejectionReason.Invalid) => Outcome.Invalid,
        (CaseState.Rejected, RejectionReason.NotReproducible) => Outcome.NotReproducible,
        (CaseState.Rejected, RejectionReason.Duplicate) => Outcome.Duplicate,
        _ when relation == FindingRelation.Corroborates => Outcome.Duplicate,
        (CaseState.Validated or CaseState.Coordinating or CaseState.Fixed or CaseState.Published, _) => Outcome.Validated,
        (CaseState.Closed, null or RejectionReason.AlreadyFixed) => Outcome.Validated,
        _ => Outcome.Pending,
    };

    internal static OutcomeCounts Count(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        int Of(Outcome o) => list.Count(x => x == o);
        var validated = Of(Outcome.Validated);
        var invalid = Of(Outcome.Invalid);
        var notReproducible = Of(Outcome.NotReproducible);
        return new OutcomeCounts(list.Count, validated, invalid, notReproducible, Of(Outcome.Duplicate), Of(Outcome.Pending),
            Math.Round((validated + 1.0) / (validated + invalid + notReproducible + 2.0), 3));
    }
}
