using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Participants;

/// <summary>
/// Everything the clearinghouse holds about an organization, as JSON, for its administrators (before leaving, say).
/// Token secrets are not held, so not exported. A bulk export of sensitive data is itself recorded in the audit trail.
/// </summary>
public static class ExportOrganization
{
    public static async Task<Results<Ok<OrganizationExport>, ProblemHttpResult>> Handle(
        Guid organizationId, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        var (organization, problem) = await Administration.OrganizationAsync(db, caller, organizationId,
            "Only the organization's administrators (or clearinghouse administrators) export its data.", ct, allowLeft: true);
        if (organization is null)
        {
            return problem!;
        }

        var id = organization.Id;

        var members = await db.Members.AsNoTracking().Where(m => m.OrganizationId == id).OrderBy(m => m.AddedAt).ToListAsync(ct);
        var memberIds = members.Select(m => m.Id).ToList();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => memberIds.Contains(t.MemberId)).OrderBy(t => t.IssuedAt).ToListAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectOrganizationId == id || e.ActorOrganizationId == id)
            .OrderBy(e => e.Sequence).ToListAsync(ct);

        var export = new OrganizationExport(db.Clock.Now(), organization.ToView(), [.. members.Select(m => m.ToView())],
            [.. tokens.Select(t => t.ToView())], [.. audit.Select(e => e.ToView())]);
        db.Record(caller, "organization.exported", "organization", id.ToString(), id, null, null);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(export);
    }
}
