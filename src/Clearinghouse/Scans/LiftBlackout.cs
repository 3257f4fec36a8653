using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>The owner lifts a blackout; it stays on record.</summary>
public static class LiftBlackout
{
    public static async Task<Results<Ok<BlackoutView>, ProblemHttpResult>> Handle(Guid id, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        await registry.EnsureCurrentAsync(db, ct);
        var blackout = await db.Set<ScanBlackout>().FirstOrDefaultAsync(b => b.Id == BlackoutId.From(id), ct);
        if (blackout is null || !AccessPolicy.CanSeeScanRecords(caller, blackout.OrganizationId))
        {
            return Problems.NotFound("blackout");
        }

        if (!AccessPolicy.CanDeclareBlackout(caller, blackout.OrganizationId))
        {
            return Problems.Forbidden("Only an organization's administrators and analysts lift its blackouts.");
        }

        if (blackout.LiftedAt is not null)
        {
            return Problems.Conflict($"The blackout was lifted at {blackout.LiftedAt:u}.");
        }

        var before = blackout.ToView();
        blackout.LiftedAt = db.Clock.Now();
        db.Record(caller, "scan-blackout.lifted", "scan-blackout", blackout.Id.ToString(), blackout.OrganizationId, before, blackout.ToView());
        await db.SaveChangesAsync(ct);
        registry.Apply(blackout);
        return TypedResults.Ok(blackout.ToView());
    }
}
