using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>A threshold policy version (or the current one) for government members; the policy is not released to developers.</summary>
public static class GetThresholdPolicy
{
    public static async Task<Results<Ok<ThresholdPolicyView>, ProblemHttpResult>> Handle(string version, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        if (!AccessPolicy.IsGovernment(caller))
        {
            return Problems.NotFound("threshold policy");
        }

        var query = db.Set<ThresholdPolicy>().AsNoTracking();
        var policy = version == "current"
            ? await query.OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct)
            : int.TryParse(version, System.Globalization.CultureInfo.InvariantCulture, out var number) ? await query.FirstOrDefaultAsync(p => p.Version == number, ct) : null;
        return policy is null ? Problems.NotFound("threshold policy") : TypedResults.Ok(policy.ToView());
    }
}
