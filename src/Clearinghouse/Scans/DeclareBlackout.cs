using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>An owner's security team declares a period with no active scanning of its assets (or of one asset).</summary>
public static class DeclareBlackout
{
    public static async Task<Results<Created<BlackoutView>, ValidationProblem, ProblemHttpResult>> Handle(
        DeclareBlackoutRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanDeclareBlackout(caller, caller.OrganizationId))
        {
            return Problems.Forbidden("Only an organization's administrators and analysts declare its blackouts.");
        }

        if (!BlackoutSchedule.TryCreate(request.TimeZone, request.Recurrence, request.Days, request.Start, request.End, out var schedule, out var error))
        {
            return Problems.Invalid(error.Contains("time zone", StringComparison.Ordinal) ? "timeZone" : error.Contains("days", StringComparison.Ordinal) || error.Contains("weekday", StringComparison.Ordinal) ? "days" : "start", error);
        }

        await registry.EnsureCurrentAsync(db, ct);
        if (request.AssetId is { } assetId && !await db.Set<ScanAsset>().AnyAsync(a => a.Id == AssetId.From(assetId) && a.OrganizationId == caller.OrganizationId, ct))
        {
            return Problems.NotFound("asset");
        }

        var blackout = new ScanBlackout
        {
            Id = BlackoutId.From(db.Clock.NewId()),
            OrganizationId = caller.OrganizationId,
            AssetId = request.AssetId is { } a ? AssetId.From(a) : null,
            TimeZone = request.TimeZone,
            Recurrence = request.Recurrence,
            Days = string.Join(',', schedule.Days),
            Start = request.Start,
            End = request.End,
            Reason = request.Reason,
            DeclaredAt = db.Clock.Now(),
            DeclaredBy = caller.MemberId,
        };
        db.Add(blackout);
        db.Record(caller, "scan-blackout.declared", "scan-blackout", blackout.Id.ToString(), caller.OrganizationId, null, blackout.ToView());
        await db.SaveChangesAsync(ct);
        registry.Apply(blackout);
        return TypedResults.Created($"/api/scans/blackouts/{blackout.Id}", blackout.ToView());
    }
}
