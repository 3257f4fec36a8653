using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>
/// The operator records what it did about an exposure: affected, not affected (with a CSAF/OpenVEX justification),
/// fixed, mitigated, or risk accepted until a date; each step is kept in the exposure's history.
/// </summary>
public static class RecordExposureStatus
{
    public static async Task<Results<Ok<IReadOnlyList<ExposureStatusChangeView>>, ProblemHttpResult>> Handle(
        Guid exposureId, ExposureStatusRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exposure = await db.Set<AssetExposure>().SingleOrDefaultAsync(e => e.Id == exposureId, ct);
        if (exposure is null || !AccessPolicy.CanReadExposures(caller, exposure.OrganizationId))
        {
            return Problems.NotFound("exposure");
        }

        if (!AccessPolicy.CanManageExposures(caller, exposure.OrganizationId))
        {
            return Problems.Forbidden("Only the organization's own writers record the status of its exposures.");
        }

        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var refusal = (request.Status, request.Justification, request.ExpiresOn) switch
        {
            (ExposureStatus.NotAffected, null, _) => "not_affected needs a justification (CSAF/OpenVEX: component_not_present, vulnerable_code_not_present, ...).",
            (not ExposureStatus.NotAffected, not null, _) => "A justification belongs only to not_affected.",
            (ExposureStatus.RiskAccepted, _, null) => "risk_accepted needs an expiry date (expiresOn).",
            (ExposureStatus.RiskAccepted, _, { } expires) when expires <= today => "A risk acceptance must expire in the future.",
            (not ExposureStatus.RiskAccepted, _, not null) => "An expiry date belongs only to risk_accepted.",
            _ => null,
        };
        if (refusal is not null)
        {
            return Problems.DomainRule(refusal);
        }

        var before = new { exposure.Status, exposure.Justification, exposure.ExpiresOn };
        exposure.Status = request.Status;
        exposure.Justification = request.Justification;
        exposure.ExpiresOn = request.ExpiresOn;
        exposure.StatusChangedAt = db.Clock.Now();
        db.Add(new ExposureStatusChange
        {
            Id = db.Clock.NewId(), ExposureId = exposure.Id, Status = request.Status, Justification = request.Justification,
            ExpiresOn = request.ExpiresOn, Note = request.Note, ChangedAt = exposure.StatusChangedAt, ChangedBy = caller.MemberId,
        });
        db.Record(caller, "exposure.status-recorded", "exposure", exposure.Id.ToString(), exposure.OrganizationId, before, new { exposure.Status, exposure.Justification, exposure.ExpiresOn });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await History(db, exposure.Id, ct));
    }

    internal static async Task<IReadOnlyList<ExposureStatusChangeView>> History(ClearinghouseDb db, Guid exposureId, CancellationToken ct) =>
        [.. (await db.Set<ExposureStatusChange>().AsNoTracking().Where(c => c.ExposureId == exposureId).ToListAsync(ct)).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(c => c.ToView())];
}
