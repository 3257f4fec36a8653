using System.Globalization;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Exposure;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Matching;

namespace Clearinghouse.Directives;

/// <summary>
/// How an organization's exposures stand against a directive version (docs/adr/014). A rule's clock starts at its
/// trigger (the KEV listing, or when the exposure was first found) but never before the directive took effect; when
/// several rules apply the earliest due date governs. Fixed and mitigated count as remediated, on the day the status was
/// recorded; a risk acceptance does not satisfy a directive; not_affected takes the exposure out of scope.
/// </summary>
internal static class DirectiveCompliance
{
    public static (bool Targeted, string Reason) Targets(DirectiveVersion version, Organization organization)
    {
        if (version.Kinds.Contains(organization.Kind))
        {
            return (true, $"its kind ({ContractJson.EnumName(organization.Kind)}) is targeted");
        }

        if (organization.Sector is { } sector && version.Sectors.Contains(sector))
        {
            return (true, $"its sector ({ContractJson.EnumName(sector)}) is targeted");
        }

        return (false, $"neither its kind ({ContractJson.EnumName(organization.Kind)}) nor its sector ({(organization.Sector is { } s ? ContractJson.EnumName(s) : "none")}) is targeted");
    }

    public static ExposureComplianceView Judge(DirectiveVersion version, IReadOnlyList<DirectiveRule> rules, AssessedExposure assessed, ExposureEngine engine, DateOnly today, int leadDays)
    {
        var (exposure, asset, view) = assessed;
        ExposureComplianceView Verdict(ComplianceState state, DateOnly? due, string reason) =>
            new(exposure.Id, asset.Name, exposure.Component, view.VulnerabilityId, exposure.Status, state, due, reason);

        if (exposure.Status == ExposureStatus.NotAffected)
        {
            return Verdict(ComplianceState.NotApplicable, null, $"not affected ({(exposure.Justification is { } j ? ContractJson.EnumName(j) : "justified")})");
        }

        if (engine.Index.Find(exposure.VulnerabilityId) is not { } vulnerability)
        {
            return Verdict(ComplianceState.NotApplicable, null, "the vulnerability is no longer in the knowledge base");
        }

        var firstSeen = DateOnly.FromDateTime(exposure.FirstSeenAt.UtcDateTime);
        var governing = rules
            .Select(rule => (Rule: rule, Start: Start(rule, vulnerability, view, asset.InternetExposed, firstSeen)))
            .Where(r => r.Start is not null)
            .Select(r => (r.Rule, Due: Later(r.Start!.Value, version.EffectiveOn).AddDays(r.Rule.WithinDays)))
            .OrderBy(r => r.Due)
            .FirstOrDefault();
        if (governing.Rule is null)
        {
            return Verdict(ComplianceState.NotApplicable, null, "no rule applies: " + Facts(vulnerability, view, asset.InternetExposed));
        }

        var rule = $"rule \"{governing.Rule.Describe()}\"";
        var due = governing.Due;
        if (exposure.Status is ExposureStatus.Fixed or ExposureStatus.Mitigated)
        {
            var remediated = DateOnly.FromDateTime(exposure.StatusChangedAt.UtcDateTime);
            return remediated <= due
                ? Verdict(ComplianceState.Compliant, due, $"{ContractJson.EnumName(exposure.Status)} on {Day(remediated)}, due {Day(due)} under {rule}")
                : Verdict(ComplianceState.Overdue, due, $"{ContractJson.EnumName(exposure.Status)} on {Day(remediated)}, {Days(due, remediated)} after the due date {Day(due)} under {rule}");
        }

        var accepted = exposure.Status == ExposureStatus.RiskAccepted ? " (a risk acceptance does not satisfy a directive)" : "";
        if (today > due)
        {
            return Verdict(ComplianceState.Overdue, due, $"open, {Days(due, today)} past the due date {Day(due)} under {rule}{accepted}");
        }

        return due.DayNumber - today.DayNumber <= leadDays
            ? Verdict(ComplianceState.DueSoon, due, $"open, due {Day(due)} (in {Days(today, due)}) under {rule}{accepted}")
            : Verdict(ComplianceState.Compliant, due, $"open, not yet due: {Day(due)} under {rule}{accepted}");
    }

    public static ComplianceCounts Count(IReadOnlyCollection<ExposureComplianceView> judged) => new(
        judged.Count(j => j.State == ComplianceState.Compliant),
        judged.Count(j => j.State == ComplianceState.DueSoon),
        judged.Count(j => j.State == ComplianceState.Overdue),
        judged.Count(j => j.State == ComplianceState.NotApplicable));

    /// <summary>When the rule's clock starts for this exposure, or null when the rule does not cover it.</summary>
    private static DateOnly? Start(DirectiveRule rule, KnownVulnerability vulnerability, ExposureView view, bool publiclyExposed, DateOnly firstSeen)
    {
        if (rule.PubliclyExposedOnly && !publiclyExposed)
        {
            return null;
        }

        return rule.Kind switch
        {
            DirectiveRuleKind.Kev => vulnerability.Kev?.DateAdded,
            DirectiveRuleKind.Severity => Severity(vulnerability) is { } severity && severity >= rule.MinimumSeverity ? firstSeen : null,
            _ => Decision(view.Decision) is { } decision && decision >= rule.MinimumDecision ? firstSeen : null,
        };
    }

    private static DirectiveSeverity? Severity(KnownVulnerability vulnerability) => vulnerability.Cvss?.Severity switch
    {
        CvssSeverity.Low => DirectiveSeverity.Low,
        CvssSeverity.Medium => DirectiveSeverity.Medium,
        CvssSeverity.High => DirectiveSeverity.High,
        CvssSeverity.Critical => DirectiveSeverity.Critical,
        _ => null,
    };

    private static DirectiveDecision? Decision(string? outcome) => outcome switch
    {
        "Act" => DirectiveDecision.Act,
        "Attend" => DirectiveDecision.Attend,
        "Track*" => DirectiveDecision.TrackStar,
        "Track" => DirectiveDecision.Track,
        _ => null,
    };

    private static string Facts(KnownVulnerability vulnerability, ExposureView view, bool publiclyExposed) => string.Join(", ",
        vulnerability.Kev is null ? "not in KEV" : "in KEV",
        Severity(vulnerability) is { } s ? "CVSS " + ContractJson.EnumName(s) : "no CVSS score",
        view.Decision is { } d ? "SSVC " + d : "no SSVC outcome",
        publiclyExposed ? "publicly exposed" : "not publicly exposed");

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        return days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
    }
}
