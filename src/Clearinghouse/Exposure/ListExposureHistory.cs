using Clearinghouse.Access;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Exposure;

/// <summary>An exposure's remediation history, oldest first.</summary>
public static class ListExposureHistory
{
    public static async Task<Results<Ok<IReadOnlyList<ExposureStatusChangeView>>, ProblemHttpResult>> Handle(Guid exposureId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var exposure = await db.Set<AssetExposure>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == exposureId, ct);
        return exposure is null || !AccessPolicy.CanReadExposures(caller, exposure.OrganizationId)
            ? Problems.NotFound("exposure")
            : TypedResults.Ok(await RecordExposureStatus.History(db, exposureId, ct));
    }
}
