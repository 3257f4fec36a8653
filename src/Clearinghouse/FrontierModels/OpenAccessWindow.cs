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
/// The developer gives the government pre-release access to a covered model (Sec. 3(b)(ii)): at most 30 days, ending no
/// later than the planned release to other trusted partners. It is the developer's grant; the government cannot open one.
/// </summary>
public static class OpenAccessWindow
{
    public static async Task<Results<Created<AccessWindowView>, ProblemHttpResult>> Handle(Guid modelId, OpenAccessWindowRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, problem) = await FrontierAccess.DeveloperModelAsync(db, caller, modelId, "Only the developer grants pre-release access to its model.", ct);
        if (model is null)
        {
            return problem!;
        }

        if (!await db.Set<Determination>().AnyAsync(d => d.ModelId == model.Id && d.Covered == true, ct))
        {
            return Problems.DomainRule("Pre-release access windows are for covered frontier models; this model has no determination that it is one.");
        }

        var starts = Clock.ToMicroseconds(request.StartsAt);
        var ends = Clock.ToMicroseconds(request.EndsAt);
        if (Check(starts, ends, model.PlannedPartnerRelease) is { } refused)
        {
            return refused;
        }

        var now = db.Clock.Now();
        if ((await db.Set<AccessWindow>().AsNoTracking().Where(w => w.ModelId == model.Id && w.PartnerId == null).ToListAsync(ct)).Any(w => w.EffectiveEnd > now))
        {
            return Problems.Conflict("The government already has a window for this model that has not ended; change or end that one.");
        }

        var window = new AccessWindow
        {
            Id = db.Clock.NewId(),
            ModelId = model.Id,
            StartsAt = starts,
            EndsAt = ends,
            PlannedPartnerRelease = model.PlannedPartnerRelease,
            OpenedBy = caller.MemberId,
            OpenedAt = now,
        };
        db.Add(window);
        db.Record(caller, "frontier.window-opened", "access-window", window.Id.ToString(), model.OrganizationId, null, window.ToView());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/frontier/windows/{window.Id}", window.ToView());
    }

    /// <summary>The rules every government window obeys, on opening and on every change of its end.</summary>
    internal static ProblemHttpResult? Check(DateTimeOffset starts, DateTimeOffset ends, DateTimeOffset? partnerRelease)
    {
        if (ends <= starts)
        {
            return Problems.DomainRule("The window ends before it starts.");
        }

        if (ends - starts > AccessWindow.MaximumLength)
        {
            return FrontierAccess.WindowTooLong(ends - starts);
        }

        return partnerRelease is { } release && ends > release ? FrontierAccess.WindowAfterPartnerRelease(ends, release) : null;
    }
}
