using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>A consultant of the consulted office records its position: concur, non-concur (with reasons) or comments. Once recorded it stays.</summary>
public static class RecordConsultation
{
    public static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> Handle(Guid consultationId, ConsultationResponse response, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var consultation = await db.Set<Consultation>().FirstOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null)
        {
            return Problems.NotFound("consultation");
        }

        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, consultation.DeterminationId, ct);
        if (determination is null)
        {
            return Problems.NotFound("consultation");
        }

        if (!AccessPolicy.Holds(caller, clearance, FrontierDuty.Consultant) || !string.Equals(clearance!.Office, consultation.Office, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Forbidden($"Only consultants of {consultation.Office} record its position.");
        }

        if (response.Position == ConsultationPosition.Pending)
        {
            return Problems.DomainRule("A position is concur, non-concur or comment.");
        }

        if (response.Position == ConsultationPosition.NonConcur && string.IsNullOrWhiteSpace(response.Reasons))
        {
            return Problems.DomainRule("A non-concurrence gives its reasons.");
        }

        if (consultation.Position != ConsultationPosition.Pending || determination.State != DeterminationState.Recommended)
        {
            return Problems.Conflict("The position was already recorded, or the determination is no longer awaiting consultation.");
        }

        var now = db.Clock.Now();
        var before = consultation.ToView(now);
        consultation.Position = response.Position;
        consultation.Reasons = response.Reasons;
        consultation.Comments = response.Comments;
        consultation.RecordedBy = caller.MemberId;
        consultation.RecordedAt = now;
        db.Record(caller, "frontier.consultation-recorded", "determination", determination.Id.ToString(), determination.DeveloperId, before, consultation.ToView(now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(consultation.ToView(now));
    }
}
