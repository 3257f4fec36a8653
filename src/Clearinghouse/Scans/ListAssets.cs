using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Scans;

/// <summary>An organization's claims (staff: everyone's, e.g. the disputed ones to decide), with the overlapping claims for staff.</summary>
public static class ListAssets
{
    public static async Task<Results<Ok<List<AssetView>>, ValidationProblem>> Handle(
        Principal caller, ClearinghouseDb db, ScanRegistry registry, string? status, Guid? organizationId, CancellationToken ct)
    {
        if (!ContractJson.TryParseEnum<AssetStatus>(status, out var wanted) && status is not null)
        {
            return Problems.Invalid("status", "One of " + ContractJson.EnumNames<AssetStatus>() + ".");
        }

        await registry.EnsureCurrentAsync(db, ct);
        var organization = caller.IsStaff ? organizationId : caller.OrganizationId.Value;
        var query = db.Set<ScanAsset>().AsNoTracking();
        if (organization is { } org)
        {
            query = query.Where(a => a.OrganizationId == OrganizationId.From(org));
        }

        if (status is not null)
        {
            query = query.Where(a => a.Status == wanted);
        }

        var assets = await query.OrderBy(a => a.RegisteredAt).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(assets.Select(a => a.ToView(
            a.OrganizationId == caller.OrganizationId,
            caller.IsStaff ? [.. registry.OverlappingClaims(ScanTarget.Parse(a.Target, allowVersion: false), a.OrganizationId).Select(o => o.Id.Value)] : [],
            RegisterAsset.Challenge(a))).ToList());
    }
}
