using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The developer moves the end of the government's window. An extension is held to the same rules as the opening: never
/// beyond 30 days from the start, never past the planned partner release (422 with the catalogue's type, nothing written).
/// Trusted partners' windows follow the government window, so they move with its end.
/// </summary>
public static class ChangeAccessWindow
{
    public static async Task<Results<Ok<AccessWindowView>, ProblemHttpResult>> Handle(Guid windowId, ChangeAccessWindowRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (window, model, problem) = await WindowAsync(db, caller, windowId, ct);
        if (window is null)
        {
            return problem!;
        }

        if (!window.IsGovernment)
        {
            return Problems.DomainRule("A trusted partner's window follows the government window; change that one.");
        }

        if (window.EndedEarlyAt is not null)
        {
            return Problems.Conflict("The window was ended; open a new one.");
        }

        var ends = Clock.ToMicroseconds(request.EndsAt);
        if (OpenAccessWindow.Check(window.StartsAt, ends, window.PlannedPartnerRelease) is { } refused)
        {
            return refused;
        }

        var before = window.ToView();
        await FollowAsync(db, window, ends, ct);
        window.EndsAt = ends;
        await ExpireCredentialsAsync(db, window, ct);
        db.Record(caller, "frontier.window-changed", "access-window", window.Id.ToString(), model!.OrganizationId, before, window.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(window.ToView());
    }

    /// <summary>A window for the model's developer only (others: 404), with its model.</summary>
    internal static async Task<(AccessWindow? Window, FrontierModel? Model, ProblemHttpResult? Problem)> WindowAsync(ClearinghouseDb db, Principal caller, Guid windowId, CancellationToken ct)
    {
        var window = await db.Set<AccessWindow>().FirstOrDefaultAsync(w => w.Id == windowId, ct);
        var model = window is null ? null : await db.Set<FrontierModel>().AsNoTracking().FirstAsync(m => m.Id == window.ModelId, ct);
        if (window is null || model is null || caller.OrganizationId != model.OrganizationId)
        {
            return (null, null, Problems.NotFound("access window"));
        }

        return FrontierAccess.IsDeveloper(caller, model) ? (window, model, null) : (null, null, Problems.Forbidden("Viewers do not change access windows."));
    }

    /// <summary>Partners' windows start when the government's ends: they move with it, keeping their length.</summary>
    internal static async Task FollowAsync(ClearinghouseDb db, AccessWindow government, DateTimeOffset newEnd, CancellationToken ct)
    {
        var followers = await db.Set<AccessWindow>().Where(w => w.ModelId == government.ModelId && w.PartnerId != null && w.EndedEarlyAt == null).ToListAsync(ct);
        foreach (var follower in followers.Where(f => f.StartsAt == government.EffectiveEnd))
        {
            var length = follower.EndsAt - follower.StartsAt;
            follower.StartsAt = newEnd;
            follower.EndsAt = newEnd + length;
            await ExpireCredentialsAsync(db, follower, ct);
        }
    }

    /// <summary>Credentials expire with their window, whichever way the window's end moves.</summary>
    internal static async Task ExpireCredentialsAsync(ClearinghouseDb db, AccessWindow window, CancellationToken ct)
    {
        foreach (var credential in await db.Set<AccessCredential>().Where(c => c.WindowId == window.Id).ToListAsync(ct))
        {
            credential.ExpiresAt = window.EffectiveEnd;
        }
    }
}
