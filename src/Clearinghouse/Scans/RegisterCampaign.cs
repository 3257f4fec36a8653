using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Scans.Indexes;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Scans;

/// <summary>
/// A scanner organization registers a campaign (or plans one, to see what registering would meet). An active campaign
/// touching other organizations' registered assets without their consent is refused, naming each target and why
/// (Sec. 4 makes unauthorized access a crime; the clearinghouse must never be the tool that lets it happen). A campaign
/// that would exceed a target's concurrency limit is refused with the conflicts and the earliest alternative slot.
/// Registrations are serialized in the process, so that two cannot both take the last place on a target.
/// </summary>
public static class RegisterCampaign
{
    private static readonly SemaphoreSlim Registering = new(1, 1);

    public static async Task<Results<Created<CampaignRegistration>, ValidationProblem, ProblemHttpResult>> Handle(
        CampaignRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, IOptions<ScansOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Viewers cannot register scan campaigns.");
        }

        if (Read(request, db.Clock.Now()) is not { } read)
        {
            return Invalid(request, db.Clock.Now());
        }

        var (targets, sources) = read;
        await registry.EnsureCurrentAsync(db, ct);
        await Registering.WaitAsync(ct);
        try
        {
            var plan = new CampaignPlan(caller.OrganizationId, request.Technique, Clock.ToMicroseconds(request.StartsAt), Clock.ToMicroseconds(request.EndsAt), targets);
            var refusals = registry.Authorize(plan);
            if (refusals.Count > 0)
            {
                return NotAuthorized(refusals);
            }

            var report = await Deconfliction.ReportAsync(db, registry, options.Value, plan, ct);
            if (Deconfliction.ExceedsLimit(report, options.Value.ConcurrencyLimit))
            {
                return Conflict(report);
            }

            var campaign = new ScanCampaign
            {
                Id = CampaignId.From(db.Clock.NewId()),
                OrganizationId = caller.OrganizationId,
                RegisteredBy = caller.MemberId,
                Name = request.Name,
                Technique = request.Technique,
                StartsAt = plan.Start,
                EndsAt = plan.End,
                SourceAddresses = string.Join(',', sources.Select(s => s.ToString())),
                MaxRequestsPerSecond = request.MaxRequestsPerSecond,
                Contact = request.Contact,
                RegisteredAt = db.Clock.Now(),
            };
            campaign.Targets.AddRange(targets.Select(t => new ScanCampaignTarget { Id = db.Clock.NewId(), CampaignId = campaign.Id, Kind = t.Kind, Target = t.Text, Version = t.Version }));
            db.Add(campaign);
            db.Record(caller, "scan-campaign.registered", "scan-campaign", campaign.Id.ToString(), caller.OrganizationId, null, campaign.ToView());
            await db.SaveChangesAsync(ct);
            registry.Apply(campaign);
            return TypedResults.Created($"/api/scans/campaigns/{campaign.Id}", new CampaignRegistration(campaign.ToView(), report));
        }
        finally
        {
            Registering.Release();
        }
    }

    /// <summary>What registering would meet: refusals, conflicts, the alternative slot, redundancy and blackouts. Writes only the audit entry of the look.</summary>
    public static async Task<Results<Ok<CampaignPlanResult>, ValidationProblem, ProblemHttpResult>> HandlePlan(
        CampaignRequest request, Principal caller, ClearinghouseDb db, ScanRegistry registry, IOptions<ScansOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!AccessPolicy.CanRegisterScans(caller))
        {
            return Problems.Forbidden("Viewers cannot plan scan campaigns.");
        }

        if (Read(request, db.Clock.Now()) is not { } read)
        {
            return Invalid(request, db.Clock.Now());
        }

        await registry.EnsureCurrentAsync(db, ct);
        var plan = new CampaignPlan(caller.OrganizationId, request.Technique, Clock.ToMicroseconds(request.StartsAt), Clock.ToMicroseconds(request.EndsAt), read.Targets);
        var refusals = registry.Authorize(plan);
        var report = await Deconfliction.ReportAsync(db, registry, options.Value, plan, ct);
        var result = new CampaignPlanResult(refusals, report, refusals.Count == 0 && !Deconfliction.ExceedsLimit(report, options.Value.ConcurrencyLimit));
        db.Record(caller, "scan-campaign.planned", "scan-campaign-plan", AuditTrail.Digest(request)!, caller.OrganizationId, null, result);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(result);
    }

    public static ProblemHttpResult NotAuthorized(IReadOnlyList<TargetRefusal> refusals) => TypedResults.Problem(
        detail: "Active scanning of these targets lacks their owners' consent: "
            + string.Join("; ", refusals.Select(r => $"{r.Target} (registered asset {r.Asset}): {r.Reason}")),
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Scan not authorized", type: ProblemTypes.ScanNotAuthorized,
        extensions: new Dictionary<string, object?> { ["refusals"] = refusals });

    public static ProblemHttpResult Conflict(DeconflictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var slot = report.AlternativeSlot is { } s
            ? $" The earliest alternative slot is {s.StartsAt:u} to {s.EndsAt:u}{(s.AvoidsBlackouts ? "" : " (it crosses blackouts, during which scanning pauses)")}."
            : " No alternative slot was found within a year.";
        return TypedResults.Problem(
            detail: $"The concurrency limit ({report.ConcurrencyLimit} per target) is reached: "
                + string.Join("; ", report.Conflicts.Select(c => $"{c.Target} is scanned by {c.Organization}'s campaign {c.CampaignId} ({ContractJson.EnumName(c.Technique)}, {c.StartsAt:u} to {c.EndsAt:u}, contact {c.Contact})"))
                + "." + slot,
            statusCode: StatusCodes.Status409Conflict, title: "Scan conflict", type: ProblemTypes.ScanConflict,
            extensions: new Dictionary<string, object?> { ["deconfliction"] = report });
    }

    private static (IReadOnlyList<ScanTarget> Targets, IReadOnlyList<NetworkPrefix> Sources)? Read(CampaignRequest request, DateTimeOffset now) =>
        Errors(request, now, out var targets, out var sources).Count == 0 ? (targets, sources) : null;

    private static ValidationProblem Invalid(CampaignRequest request, DateTimeOffset now) =>
        TypedResults.ValidationProblem(Errors(request, now, out _, out _), type: ProblemTypes.Validation, title: "The request has invalid fields");

    private static Dictionary<string, string[]> Errors(CampaignRequest request, DateTimeOffset now, out IReadOnlyList<ScanTarget> targets, out IReadOnlyList<NetworkPrefix> sources)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = new List<ScanTarget>();
        for (var i = 0; i < request.Targets.Count; i++)
        {
            if (ScanTarget.TryParse(request.Targets[i], allowVersion: true, out var target, out var error))
            {
                if (!parsed.Any(p => p.Text == target.Text && p.Version == target.Version))
                {
                    parsed.Add(target);
                }
            }
            else
            {
                errors[$"targets[{i}]"] = [error];
            }
        }

        var ranges = new List<NetworkPrefix>();
        var given = request.SourceAddresses ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (NetworkPrefix.TryParse(given[i], out var prefix, out var error))
            {
                ranges.Add(prefix.Value);
            }
            else
            {
                errors[$"sourceAddresses[{i}]"] = [error!];
            }
        }

        if (request.Technique.IsActive() && given.Count == 0)
        {
            errors["sourceAddresses"] = ["An active campaign names the addresses it scans from, so that defenders can recognise it."];
        }

        if (request.EndsAt <= request.StartsAt)
        {
            errors["endsAt"] = ["The campaign ends after it starts."];
        }
        else if (request.EndsAt - request.StartsAt > TimeSpan.FromDays(366))
        {
            errors["endsAt"] = ["A campaign lasts at most 366 days; register the next one later."];
        }
        else if (request.EndsAt <= now)
        {
            errors["endsAt"] = ["The campaign's window is over already."];
        }

        targets = parsed;
        sources = ranges;
        return errors;
    }
}
