using Clearinghouse.Access;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Scans;

/// <summary>
/// A scanner's check-in before each job: is campaign C cleared to scan target T now? Answered from the registry: the
/// campaign's window and targets, the owners' consents in force (a revocation counts from the moment it commits) and their
/// blackouts. Not cleared is an answer (200 with reasons), not an error.
/// </summary>
public static class CheckClearance
{
    public static async Task<Results<Ok<ClearanceView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid campaign, string target, DateTimeOffset? at, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (!ScanTarget.TryParse(target, allowVersion: true, out var parsed, out var error))
        {
            return Problems.Invalid("target", error);
        }

        await registry.EnsureCurrentAsync(db, ct);
        var instant = at ?? db.Clock.Now();
        var reasons = registry.Check(CampaignId.From(campaign), caller.OrganizationId, parsed, instant);
        return reasons is null
            ? Problems.NotFound("active campaign of your organization")
            : TypedResults.Ok(new ClearanceView(reasons.Count == 0, campaign, parsed.ToString(), instant, reasons));
    }
}
