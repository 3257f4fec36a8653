using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Directives;

/// <summary>What a directive rule selects exposures by.</summary>
public enum DirectiveRuleKind
{
    /// <summary>Vulnerabilities in the CISA KEV catalog: due a number of days after their KEV listing (<c>dateAdded</c>), as in BOD 22-01.</summary>
    [JsonStringEnumMemberName("kev")] Kev,

    /// <summary>Vulnerabilities of at least a CVSS severity: due a number of days after the exposure was first seen.</summary>
    [JsonStringEnumMemberName("severity")] Severity,

    /// <summary>Exposures whose SSVC coordinator outcome is at least a decision: due a number of days after first seen.</summary>
    [JsonStringEnumMemberName("decision")] Decision,
}

/// <summary>A CVSS qualitative severity, lowest first.</summary>
public enum DirectiveSeverity
{
    /// <summary>CVSS 0.1 to 3.9.</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>CVSS 4.0 to 6.9.</summary>
    [JsonStringEnumMemberName("medium")] Medium,

    /// <summary>CVSS 7.0 to 8.9.</summary>
    [JsonStringEnumMemberName("high")] High,

    /// <summary>CVSS 9.0 to 10.0.</summary>
    [JsonStringEnumMemberName("critical")] Critical,
}

/// <summary>An SSVC coordinator outcome, least urgent first.</summary>
public enum DirectiveDecision
{
    /// <summary>Track.</summary>
    [JsonStringEnumMemberName("track")] Track,

    /// <summary>Track*.</summary>
    [JsonStringEnumMemberName("track-star")] TrackStar,

    /// <summary>Attend.</summary>
    [JsonStringEnumMemberName("attend")] Attend,

    /// <summary>Act.</summary>
    [JsonStringEnumMemberName("act")] Act,
}

/// <summary>Where one targeted exposure stands against a directive.</summary>
public enum ComplianceState
{
    /// <summary>Remediated (fixed or mitigated) by its due date, or open with its due date beyond the due-soon lead time.</summary>
    [JsonStringEnumMemberName("compliant")] Compliant,

    /// <summary>Open, and due within the lead time.</summary>
    [JsonStringEnumMemberName("due-soon")] DueSoon,

    /// <summary>Open past its due date, or remediated only after it.</summary>
    [JsonStringEnumMemberName("overdue")] Overdue,

    /// <summary>No rule of the directive applies; the reason says why.</summary>
    [JsonStringEnumMemberName("not-applicable")] NotApplicable,
}
