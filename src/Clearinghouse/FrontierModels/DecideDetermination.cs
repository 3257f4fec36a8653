using System.Globalization;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The designating official decides: covered frontier model or not, with reasons. The decision waits for every consulted
/// office whose due date has not passed; a non-concurrence is recorded beside the decision, not a veto. The decision
/// drafts the releasable assessment from the record (no scores, tasks, runs or offices' positions: those stay
/// classified) for a reviewer to release, and queues the decision for the transparency log.
/// </summary>
public static class DecideDetermination
{
    public static async Task<Results<Ok<DeterminationView>, ProblemHttpResult>> Handle(Guid determinationId, DecisionRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, determinationId, ct);
        if (determination is null)
        {
            return problem!;
        }

        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.DesignatingOfficial, "decide determinations") is { } refused)
        {
            return refused;
        }

        if (determination.State != DeterminationState.Recommended)
        {
            return Problems.Conflict(determination.State == DeterminationState.Open
                ? "There is no recommendation yet to decide on."
                : $"The determination is already {Contracts.ContractJson.EnumName(determination.State)}.");
        }

        var now = db.Clock.Now();
        var consultations = await db.Set<Consultation>().AsNoTracking().Where(c => c.DeterminationId == determination.Id).ToListAsync(ct);
        if (consultations.FirstOrDefault(c => c.Position == ConsultationPosition.Pending && c.DueAt > now) is { } waiting)
        {
            return Problems.Conflict($"{waiting.Office} has until {waiting.DueAt:O} to give its position.");
        }

        var recommendation = await db.Set<Recommendation>().AsNoTracking().Where(r => r.DeterminationId == determination.Id)
            .OrderByDescending(r => r.RecommendedAt).FirstAsync(ct);
        var model = await db.Set<FrontierModel>().AsNoTracking().FirstAsync(m => m.Id == determination.ModelId, ct);
        var before = await GetDetermination.ViewAsync(db, determination, ct);
        determination.State = DeterminationState.Decided;
        determination.Covered = request.Covered;
        determination.DecisionReasons = request.Reasons;
        determination.DecidedBy = caller.MemberId;
        determination.DecidedAt = now;
        determination.AssessmentSummary = Draft(model, request.Covered, recommendation, consultations.Count, now);
        AppendDeterminationToLog.Enqueue(db, determination.Id);
        var after = await GetDetermination.ViewAsync(db, determination, ct);
        db.Record(caller, "frontier.determination-decided", "determination", determination.Id.ToString(), determination.DeveloperId, before, after);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(after);
    }

    /// <summary>The sanitized summary: what was decided and on what kind of basis, with nothing a marking protects.</summary>
    private static string Draft(FrontierModel model, bool covered, Recommendation recommendation, int offices, DateTimeOffset decidedAt)
    {
        var verdict = covered ? "is a covered frontier model" : "is not a covered frontier model";
        var runs = recommendation.RunIds.Split(';').Length;
        return string.Create(CultureInfo.InvariantCulture, $"On {decidedAt:yyyy-MM-dd} the designating official determined that {model.Name} {model.Version} {verdict}. ")
            + string.Create(CultureInfo.InvariantCulture, $"The determination rests on the government's cyber-capability benchmarking under threshold policy version {recommendation.PolicyVersion}, ")
            + string.Create(CultureInfo.InvariantCulture, $"evaluated against {runs} evaluation run(s) with their elicitation conditions, and on consultation with {offices} office(s). ")
            + "Details of the benchmarks, results and consultations are classified and are not part of this assessment. "
            + "A new determination may be requested after a new checkpoint, more training compute or post-training, or better elicitation.";
    }
}
