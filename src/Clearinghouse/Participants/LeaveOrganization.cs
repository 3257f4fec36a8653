using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Clearinghouse.Participants;

/// <summary>
/// Taking part is voluntary: an organization leaves whenever it wants. Every token of its members stops working in the
/// same transaction; the organization, its members and the audit trail stay, so the record of what happened survives.
/// Export first (GET .../export) to take the organization's data along.
/// </summary>
public static class LeaveOrganization
{
    public static async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> Handle(
        Guid organizationId, Principal caller, ClearinghouseDb db, ILogger<Organization> log, CancellationToken ct)
    {
        var (organization, problem) = await Administration.OrganizationAsync(db, caller, organizationId,
            "Only the organization's administrators (or clearinghouse administrators) withdraw it.", ct);
        if (organization is null)
        {
            return problem!;
        }

        if (organization.Kind == OrganizationKind.ClearinghouseStaff)
        {
            return Problems.DomainRule("The clearinghouse-staff organization runs the instance and cannot leave it.");
        }

        var before = organization.ToView();
        var now = db.Clock.Now();
        organization.LeftAt = now;
        db.Record(caller, "organization.left", "organization", organization.Id.ToString(), organization.Id, before, organization.ToView());

        var tokens = await (
            from t in db.ApiTokens
            join m in db.Members on t.MemberId equals m.Id
            where m.OrganizationId == organization.Id && t.RevokedAt == null
            select t).ToListAsync(ct);
        foreach (var token in tokens)
        {
            RevokeToken.Revoke(db, caller, token, organization.Id, now);
        }

        await db.SaveChangesAsync(ct);
        ParticipantsLog.Left(log, organization.Id, tokens.Count);
        return TypedResults.Ok(organization.ToView());
    }
}
