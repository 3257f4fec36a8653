using Clearinghouse.Access;
using Clearinghouse.Contracts.Audit;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Audit;

/// <summary>
/// Pages through the audit trail in chain order. Clearinghouse staff read all of it; an organization's administrators
/// read the entries about their organization or made by its members.
/// </summary>
public static class ListAuditEntries
{
    public const int MaxPage = 1000;

    public static async Task<Results<Ok<List<AuditEntryView>>, ValidationProblem, ProblemHttpResult>> Handle(
        Principal caller, ClearinghouseDb db, Guid? organizationId, long? after, int? limit, CancellationToken ct)
    {
        if (limit is < 1 or > MaxPage)
        {
            return Problems.Invalid("limit", $"limit must be between 1 and {MaxPage}.");
        }

        var query = db.AuditEntries.AsNoTracking();
        if (organizationId is { } requested)
        {
            var (organization, problem) = await Administration.OrganizationAsync(db, caller, requested,
                "Only the organization's administrators (or clearinghouse staff) read its audit entries.", ct, allowLeft: true);
            if (organization is null)
            {
                return problem!;
            }

            var id = organization.Id;
            query = query.Where(e => e.SubjectOrganizationId == id || e.ActorOrganizationId == id);
        }
        else if (!AccessPolicy.IsStaffAnalyst(caller))
        {
            return Problems.Forbidden("Only clearinghouse staff read the whole audit trail; pass organizationId to read your organization's entries.");
        }

        var entries = await query.Where(e => e.Sequence > (after ?? 0)).OrderBy(e => e.Sequence).Take(limit ?? 100).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => e.ToView()).ToList());
    }
}
