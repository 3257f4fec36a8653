using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>An evaluator or the designating official asks a consulted office for its position by a due date.</summary>
public static class RequestConsultation
{
    public static async Task<Results<Created<ConsultationView>, ProblemHttpResult>> Handle(Guid determinationId, ConsultationRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, determinationId, ct);
        if (determination is null)
        {
            return problem!;
        }

        if (!AccessPolicy.Holds(caller, clearance, FrontierDuty.Evaluator) && !AccessPolicy.Holds(caller, clearance, FrontierDuty.DesignatingOfficial))
        {
            return Problems.Forbidden("Only evaluators and designating officials ask for consultations.");
        }

        if (determination.State is not DeterminationState.Recommended)
        {
            return Problems.Conflict("Consultations are asked on a recommendation that is not yet decided.");
        }

        var now = db.Clock.Now();
        if (request.DueAt <= now)
        {
            return Problems.DomainRule("The due date is in the past.");
        }

        var office = request.Office.Trim();
        if (await db.Set<Consultation>().AnyAsync(c => c.DeterminationId == determination.Id && c.Office == office, ct))
        {
            return Problems.Conflict($"{office} is already consulted on this determination.");
        }

        var consultation = new Consultation
        {
            Id = db.Clock.NewId(),
            DeterminationId = determination.Id,
            Office = office,
            DueAt = Clock.ToMicroseconds(request.DueAt),
            Position = ConsultationPosition.Pending,
            RequestedBy = caller.MemberId,
        };
        db.Add(consultation);
        db.Record(caller, "frontier.consultation-requested", "determination", determination.Id.ToString(), determination.DeveloperId, null, consultation.ToView(now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/determinations/{determination.Id}", consultation.ToView(now));
    }
}
