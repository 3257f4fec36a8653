using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The developer ends a window early, at any time (Sec. 3(c)): recorded, never refused; credentials expire at once, and
/// partners' windows that followed the government's start now. Ending an ended window answers the first end.
/// </summary>
public static class EndAccessWindow
{
    public static async Task<Results<Ok<AccessWindowView>, ProblemHttpResult>> Handle(Guid windowId, EndAccessWindowRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (window, model, problem) = await ChangeAccessWindow.WindowAsync(db, caller, windowId, ct);
        if (window is null)
        {
            return problem!;
        }

        if (window.EndedEarlyAt is not null)
        {
            return TypedResults.Ok(window.ToView());
        }

        var now = db.Clock.Now();
        var before = window.ToView();
        if (window.IsGovernment && now < window.EffectiveEnd)
        {
            await ChangeAccessWindow.FollowAsync(db, window, Max(now, window.StartsAt), ct);
        }

        window.EndedEarlyAt = Max(now, window.StartsAt);
        window.EndReason = request.Reason;
        await ChangeAccessWindow.ExpireCredentialsAsync(db, window, ct);
        db.Record(caller, "frontier.window-ended", "access-window", window.Id.ToString(), model!.OrganizationId, before, new { Window = window.ToView(), request.Reason });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(window.ToView());
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
