using Clearinghouse.Access;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Directives;

/// <summary>
/// One organization's compliance report for a directive: every exposure of its current assets judged against the rules,
/// with counts. Exposures are need-to-know, so only the organization itself and clearinghouse staff analysts read it.
/// </summary>
public static class GetDirectiveCompliance
{
    public static async Task<Results<Ok<OrganizationComplianceView>, ProblemHttpResult>> Handle(
        string directiveRef, Guid? organization, Principal caller, ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(options);
        var organizationId = organization is { } given ? OrganizationId.From(given) : caller.OrganizationId;
        if (!AccessPolicy.CanReadExposures(caller, organizationId))
        {
            return Problems.NotFound("organization");
        }

        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null)
        {
            return Problems.NotFound("organization");
        }

        var directive = await DirectiveRecords.FindAsync(db, directiveRef, track: false, ct);
        if (directive is null)
        {
            return Problems.NotFound("directive");
        }

        if (directive.WithdrawnAt is { } withdrawn)
        {
            return Problems.Conflict($"{directive.Reference} was withdrawn on {withdrawn:yyyy-MM-dd}; it has no compliance report.");
        }

        var (version, rules) = await DirectiveRecords.CurrentAsync(db, directive, ct);
        var today = DateOnly.FromDateTime(db.Clock.Now().UtcDateTime);
        var (targeted, reason) = DirectiveCompliance.Targets(version, org);
        List<ExposureComplianceView> judged = [];
        if (targeted)
        {
            var assessed = (await ListRemediationTasks.AssessAsync(db, engine, [org], today, ct)).GetValueOrDefault(org.Id) ?? [];
            judged = [.. assessed.Select(a => DirectiveCompliance.Judge(version, rules, a, engine, today, options.Value.DueSoonLeadDays))
                .OrderBy(j => j.State switch { ComplianceState.Overdue => 0, ComplianceState.DueSoon => 1, ComplianceState.Compliant => 2, _ => 3 })
                .ThenBy(j => j.DueDate ?? DateOnly.MaxValue).ThenBy(j => j.Component, StringComparer.Ordinal)];
        }

        return TypedResults.Ok(new OrganizationComplianceView(directive.Id.Value, directive.Reference, version.Version, org.Id.Value, org.Name, targeted, reason, today,
            DirectiveCompliance.Count(judged), judged));
    }
}
