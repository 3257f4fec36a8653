using System.Linq.Expressions;
using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// The frontier-model use cases' common look-ups: the caller's clearance, and a model, determination or window loaded
/// through <see cref="AccessPolicy"/> (404 when the caller may not know it exists, 403 when it may see but not act).
/// </summary>
internal static class FrontierAccess
{
    public static Task<Clearance?> ClearanceAsync(ClearinghouseDb db, Principal caller, CancellationToken ct) =>
        db.Set<Clearance>().AsNoTracking().FirstOrDefaultAsync(c => c.MemberId == caller.MemberId, ct);

    /// <summary>
    /// The list predicate of <see cref="AccessPolicy.ReadableMarked"/> for <typeparamref name="T"/>'s table, over the distinct
    /// markings stored in it: lists of marked records are filtered in the query, not after loading.
    /// </summary>
    public static async Task<Expression<Func<T, bool>>> ReadableAsync<T>(ClearinghouseDb db, Principal caller, Clearance? clearance, CancellationToken ct)
        where T : class, IMarkedRecord =>
        AccessPolicy.ReadableMarked<T>(caller, clearance, await db.Set<T>().Select(r => r.Marking).Distinct().ToListAsync(ct));

    public static async Task<(FrontierModel? Model, ProblemHttpResult? Problem)> ModelAsync(
        ClearinghouseDb db, Principal caller, Clearance? clearance, Guid id, RecordAction action, string forbidden, CancellationToken ct)
    {
        var model = await db.Set<FrontierModel>().FirstOrDefaultAsync(m => m.Id == id, ct);
        var decision = model is null ? Decision.NotVisible : AccessPolicy.DecideMarked(caller, clearance, model.Sharing, action);
        return decision == Decision.Allowed ? (model, null) : (null, Problems.For(decision, "model", forbidden));
    }

    /// <summary>A model for its developer's action: 404 when the caller may not see it, 403 when it sees it but is not the developer.</summary>
    public static async Task<(FrontierModel? Model, ProblemHttpResult? Problem)> DeveloperModelAsync(
        ClearinghouseDb db, Principal caller, Guid id, string forbidden, CancellationToken ct)
    {
        var (model, problem) = await ModelAsync(db, caller, await ClearanceAsync(db, caller, ct), id, RecordAction.Read, "", ct);
        return model is null ? (null, problem) : IsDeveloper(caller, model) ? (model, null) : (null, Problems.Forbidden(forbidden));
    }

    /// <summary>A determination for a cleared government member (404 for anyone else, the developer included).</summary>
    public static async Task<(Determination? Determination, ProblemHttpResult? Problem)> DeterminationAsync(
        ClearinghouseDb db, Principal caller, Clearance? clearance, Guid id, CancellationToken ct)
    {
        var determination = await db.Set<Determination>().FirstOrDefaultAsync(d => d.Id == id, ct);
        return determination is not null && AccessPolicy.CanReadMarked(caller, clearance, determination.Sharing)
            ? (determination, null)
            : (null, Problems.NotFound("determination"));
    }

    /// <summary>The developer acting on its own model: any member of the developer who may write (not a viewer).</summary>
    public static bool IsDeveloper(Principal caller, FrontierModel model) =>
        caller.OrganizationId == model.OrganizationId && caller.Role != Contracts.Participants.MemberRole.Viewer;

    public static ProblemHttpResult? RequireDuty(Principal caller, Clearance? clearance, FrontierDuty duty, string what) =>
        AccessPolicy.Holds(caller, clearance, duty)
            ? null
            : Problems.Forbidden($"Only cleared government members with the {Contracts.ContractJson.EnumName(duty)} duty {what}.");

    public static ProblemHttpResult? CheckMarking(MarkingSpec spec, out Marking? marking)
    {
        marking = Marking.From(spec, out var error);
        return marking is null ? Problems.DomainRule("The marking is not valid: " + error) : null;
    }

    public static ProblemHttpResult Problem(int status, string title, string type, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type);

    public static ProblemHttpResult WindowTooLong(TimeSpan requested) => Problem(StatusCodes.Status422UnprocessableEntity, "Access window longer than 30 days",
        ProblemTypes.AccessWindowTooLong,
        $"A pre-release access window lasts at most 30 days (Sec. 3(b)(ii)); this one would last {requested.TotalDays:0.##} days. Nothing was changed.");

    public static ProblemHttpResult WindowAfterPartnerRelease(DateTimeOffset ends, DateTimeOffset release) => Problem(StatusCodes.Status422UnprocessableEntity,
        "Access window ends after the partner release", ProblemTypes.AccessWindowAfterPartnerRelease,
        $"The government's window must end no later than the planned release to other trusted partners ({release:O}); it would end {ends:O}. Nothing was changed.");
}
