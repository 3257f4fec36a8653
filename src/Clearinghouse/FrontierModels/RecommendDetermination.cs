using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A cleared evaluator evaluates the current threshold policy against runs of the model, one group of runs per
/// elicitation conditions and catalogue version (see <see cref="ThresholdEvaluation"/>). The recommendation keeps the
/// policy version, the runs, each indicator's finding with the interval bounds it rests on, and the holistic judgment,
/// which may raise the outcome but never lower it. The determination's marking rises to the highest of the runs'.
/// </summary>
public static class RecommendDetermination
{
    public static async Task<Results<Created<RecommendationView>, ProblemHttpResult>> Handle(Guid determinationId, RecommendRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, determinationId, ct);
        if (determination is null)
        {
            return problem!;
        }

        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Evaluator, "recommend") is { } refused)
        {
            return refused;
        }

        if (determination.State is DeterminationState.Decided or DeterminationState.Withdrawn)
        {
            return Problems.Conflict($"The determination is {ContractJson.EnumName(determination.State)}; open a new one to evaluate again.");
        }

        var policy = await db.Set<ThresholdPolicy>().AsNoTracking().OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        if (policy is null)
        {
            return Problems.DomainRule("No threshold policy has been published yet.");
        }

        var ids = request.RunIds.Distinct().ToList();
        var runs = await db.Set<EvaluationRun>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        if (runs.Count != ids.Count || runs.Any(r => !AccessPolicy.CanReadMarked(caller, clearance, r.Sharing)))
        {
            return Problems.NotFound("evaluation run");
        }

        if (runs.FirstOrDefault(r => r.ModelId != determination.ModelId) is { } other)
        {
            return Problems.DomainRule($"Run {other.Id} evaluated another model.");
        }

        // Runs under different elicitation conditions are evaluated apart, never pooled: the highest group decides.
        var groups = new List<ThresholdEvaluation.EvidenceGroup>();
        foreach (var group in runs.OrderBy(r => r.SubmittedAt).GroupBy(r => (r.Conditions, r.CatalogueVersion)))
        {
            var members = group.ToList();
            var c = members[0].ReadConditions();
            var label = $"{c.Model}, {c.Scaffold}, {c.Epochs} epoch(s), safeguards {(c.SafeguardsEnabled ? "on" : "off")}, catalogue {group.Key.CatalogueVersion} (runs {string.Join(", ", members.Select(r => r.Id))})";
            groups.Add(new ThresholdEvaluation.EvidenceGroup(label, await GetEvaluationRun.SamplesAsync(db, members, ct)));
        }

        var findings = ThresholdEvaluation.Evaluate(policy.Read(), groups);
        var computed = ThresholdEvaluation.Overall(findings);
        var outcome = request.RaiseTo is { } raised && raised > computed ? raised : computed;
        var recommendation = new Recommendation
        {
            Id = db.Clock.NewId(),
            DeterminationId = determination.Id,
            PolicyVersion = policy.Version,
            RunIds = string.Join(';', ids),
            Outcome = outcome,
            Findings = JsonSerializer.Serialize(findings, ContractJson.Options),
            HolisticJudgment = request.HolisticJudgment,
            ReevaluationTriggers = JsonSerializer.Serialize(policy.Read().ReevaluationTriggers),
            RecommendedBy = caller.MemberId,
            RecommendedAt = db.Clock.Now(),
        };
        db.Add(recommendation);
        var before = new { determination.State, determination.Marking };
        determination.State = DeterminationState.Recommended;
        determination.Marking = Marking.Highest(runs.Select(r => r.Sharing.Marking).Append(Marking.Decode(determination.Marking))).Encode();
        db.Record(caller, "frontier.recommended", "determination", determination.Id.ToString(), determination.DeveloperId, before, recommendation.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/determinations/{determination.Id}", recommendation.ToView());
    }
}
