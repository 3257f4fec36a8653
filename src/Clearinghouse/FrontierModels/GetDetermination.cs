using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>The whole determination record, for cleared government members; the developer gets 404 here and reads the releasable assessment instead.</summary>
public static class GetDetermination
{
    public static async Task<Results<Ok<DeterminationView>, ProblemHttpResult>> Handle(Guid determinationId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        var (determination, problem) = await FrontierAccess.DeterminationAsync(db, caller, clearance, determinationId, ct);
        return determination is null ? problem! : TypedResults.Ok(await ViewAsync(db, determination, ct));
    }

    internal static async Task<DeterminationView> ViewAsync(ClearinghouseDb db, Determination d, CancellationToken ct)
    {
        var recommendations = await db.Set<Recommendation>().AsNoTracking().Where(r => r.DeterminationId == d.Id).OrderBy(r => r.RecommendedAt).ToListAsync(ct);
        var consultations = await db.Set<Consultation>().AsNoTracking().Where(c => c.DeterminationId == d.Id).OrderBy(c => c.DueAt).ToListAsync(ct);
        var now = db.Clock.Now();
        return new DeterminationView(d.Id, d.ModelId, d.Origin, d.Reason, d.State, [.. recommendations.Select(r => r.ToView())],
            [.. consultations.Select(c => c.ToView(now))], d.Covered, d.DecisionReasons, d.DecidedBy?.Value, d.DecidedAt, d.ToAssessment(), d.OpenedAt, d.WithdrawnAt,
            Marking.Decode(d.Marking).ToView());
    }
}
