using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The releasable assessment: for the developer once released (the only part of a determination it sees), for cleared
/// government members also as a draft.
/// </summary>
public static class GetAssessment
{
    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Handle(Guid determinationId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var determination = await db.Set<Determination>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == determinationId, ct);
        if (determination?.ToAssessment() is not { } assessment
            || !(AccessPolicy.CanReadMarked(caller, clearance, determination.AssessmentSharing) || AccessPolicy.CanReadMarked(caller, clearance, determination.Sharing)))
        {
            return Problems.NotFound("assessment");
        }

        return TypedResults.Ok(assessment);
    }
}
