using Clearinghouse.Access;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Scans.Indexes;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clearinghouse.Scans;

/// <summary>
/// A defender's look-up ("who is"): is traffic from address A at time t, against my asset, a registered and authorized
/// scan? It answers only about the caller's organization's verified assets (staff: any), so that nobody learns who scans
/// someone else's network.
/// </summary>
public static class LookUpScanSource
{
    public static async Task<Results<Ok<WhoIsView>, ValidationProblem, ProblemHttpResult>> Handle(
        string address, DateTimeOffset? at, string? asset, Principal caller, ClearinghouseDb db, ScanRegistry registry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (!NetworkPrefix.TryParse(address, out var source, out var error) || source.Value.Length != source.Value.Bits)
        {
            return Problems.Invalid("address", error ?? "One IPv4 or IPv6 address, not a range.");
        }

        ScanTarget? target = null;
        if (asset is not null && !ScanTarget.TryParse(asset, allowVersion: false, out target, out var assetError))
        {
            return Problems.Invalid("asset", assetError);
        }

        await registry.EnsureCurrentAsync(db, ct);
        IReadOnlyList<ScanTarget>? scope;
        if (caller.IsStaff)
        {
            scope = target is null ? null : [target];
        }
        else
        {
            var mine = registry.VerifiedAssets(caller.OrganizationId).Where(a => AccessPolicy.CanSeeScanRecords(caller, a.OrganizationId)).Select(a => a.Target).ToList();
            if (mine.Count == 0)
            {
                return Problems.DomainRule("Your organization has no verified assets: who-is answers only about traffic against assets you own.");
            }

            if (target is not null && !mine.Any(m => m.Covers(target)))
            {
                return Problems.NotFound("verified asset of your organization covering that target");
            }

            scope = target is null ? mine : [target];
        }

        var instant = at ?? db.Clock.Now();
        var matches = registry.WhoIs(source.Value, instant, scope);
        var names = await Deconfliction.NamesAsync(db, matches.Select(m => m.Campaign.OrganizationId), ct);
        return TypedResults.Ok(new WhoIsView(source.Value.ToString(), instant, matches.Count > 0, [.. matches.Select(m => new WhoIsMatch(
            m.Campaign.Id.Value, m.Campaign.Name, names[m.Campaign.OrganizationId], m.Campaign.Contact, m.Campaign.Technique, m.Campaign.Start, m.Campaign.End,
            m.Campaign.MaxRequestsPerSecond, [.. m.Targets.Select(t => t.ToString())], m.Reasons.Count == 0, m.Reasons))]));
    }
}
