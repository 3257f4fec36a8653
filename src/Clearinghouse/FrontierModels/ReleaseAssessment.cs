using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A reviewer, not the official who decided, reviews the drafted assessment (editing the summary if needed) and releases
/// it to the developer. Only then does the developer see anything of the determination.
/// </summary>
public static class ReleaseAssessment
{
    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Handle(Guid determinationId, AssessmentReleaseRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, determinationId, ct);
        if (determination is null)
        {
            return problem!;
        }

        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.Reviewer, "release assessments") is { } refused)
        {
            return refused;
        }

        if (determination.DecidedBy == caller.MemberId)
        {
            return Problems.Forbidden("The official who decided does not also review the release: a second person does.");
        }

        if (determination.ToAssessment() is not { } draft)
        {
            return Problems.Conflict("There is no assessment before the decision.");
        }

        if (draft.ReleasedAt is not null)
        {
            return Problems.Conflict("The assessment was already released.");
        }

        determination.AssessmentSummary = request.Summary ?? determination.AssessmentSummary;
        determination.AssessmentReviewedBy = caller.MemberId;
        determination.AssessmentReleasedAt = db.Clock.Now();
        db.Record(caller, "frontier.assessment-released", "determination", determination.Id.ToString(), determination.DeveloperId, draft, determination.ToAssessment());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(determination.ToAssessment()!);
    }
}
