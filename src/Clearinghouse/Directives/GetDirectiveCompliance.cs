using Clearinghouse.Access;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Exposure;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        var (org, problem) = await ReadableOrganizations.FindAsync(db, caller, organization, ct);
        if (org is null)
        {
            return problem!;
        }

        var (directive, refusal) = await DirectiveRecords.InForceAsync(db, directiveRef, ct);
        if (directive is null)
        {
            return refusal!;
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
