using System.Globalization;
using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A designating official publishes a new version of the threshold policy. Versions are only added, and every
/// recommendation keeps the version it evaluated, so a policy change never rewrites a past recommendation.
/// </summary>
public static class PublishThresholdPolicy
{
    public static async Task<Results<Created<ThresholdPolicyView>, ProblemHttpResult>> Handle(ThresholdPolicyRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clearance = await FrontierAccess.ClearanceAsync(db, caller, ct);
        if (FrontierAccess.RequireDuty(caller, clearance, FrontierDuty.DesignatingOfficial, "publish threshold policies") is { } refused)
        {
            return refused;
        }

        if (request.Indicators.Select(ThresholdEvaluation.Incomplete).FirstOrDefault(p => p is not null) is { } incomplete)
        {
            return Problems.DomainRule(incomplete);
        }

        if (request.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Problems.DomainRule($"Indicator {twice.Key} appears more than once.");
        }

        var previous = await db.Set<ThresholdPolicy>().AsNoTracking().OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        var policy = new ThresholdPolicy
        {
            Version = (previous?.Version ?? 0) + 1,
            Document = JsonSerializer.Serialize(request with { Confidence = request.Confidence ?? 0.95 }, ContractJson.Options),
            PublishedBy = caller.MemberId,
            PublishedAt = db.Clock.Now(),
        };
        db.Add(policy);
        db.Record(caller, "frontier.policy-published", "threshold-policy", policy.Version.ToString(CultureInfo.InvariantCulture), null, previous?.ToView(), policy.ToView());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict("Another policy version was published at the same time; read it and publish again.");
        }

        return TypedResults.Created($"/api/frontier/policies/{policy.Version}", policy.ToView());
    }
}
