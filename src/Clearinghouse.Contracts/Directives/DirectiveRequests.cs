using System.ComponentModel.DataAnnotations;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Contracts.Directives;

/// <summary>Issues a directive, or (as the whole new text) amends one into its next version.</summary>
public sealed record DirectiveRequest
{
    /// <summary>The directive's short reference, unique, e.g. "CH-BOD-26-01"; fixed at issue (an amendment must repeat it).</summary>
    [Required, StringLength(40, MinimumLength = 2), RegularExpression("^[A-Za-z0-9][A-Za-z0-9 ._-]*$", ErrorMessage = "Letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit.")]
    public required string Reference { get; init; }

    /// <summary>The title, e.g. "Reducing the significant risk of known exploited vulnerabilities".</summary>
    [Required, StringLength(300, MinimumLength = 3)]
    public required string Title { get; init; }

    /// <summary>What the directive asks and why, in prose.</summary>
    [StringLength(8_000)]
    public string? Summary { get; init; }

    /// <summary>The kinds of organization it binds; with <see cref="TargetSectors"/>, an organization is targeted when it matches either.</summary>
    public IReadOnlyList<OrganizationKind> TargetKinds { get; init; } = [];

    /// <summary>The critical infrastructure sectors it binds.</summary>
    public IReadOnlyList<Sector> TargetSectors { get; init; } = [];

    /// <summary>The day the rules start to apply; today unless given. An exposure remediated before it is counted compliant.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>The rules, at least one; when several apply to an exposure, the earliest due date governs.</summary>
    [Required, MinLength(1), MaxLength(20)]
    public required IReadOnlyList<DirectiveRuleRequest> Rules { get; init; }

    /// <summary>Why this version was issued (for the history of amendments).</summary>
    [StringLength(4_000)]
    public string? Note { get; init; }
}

/// <summary>One machine-checkable rule: which exposures, and within how many days they must be remediated.</summary>
public sealed record DirectiveRuleRequest
{
    /// <summary>What the rule selects by.</summary>
    public required DirectiveRuleKind Kind { get; init; }

    /// <summary>For <see cref="DirectiveRuleKind.Severity"/>: the lowest CVSS severity it covers.</summary>
    public DirectiveSeverity? MinimumSeverity { get; init; }

    /// <summary>For <see cref="DirectiveRuleKind.Decision"/>: the least urgent SSVC outcome it covers.</summary>
    public DirectiveDecision? MinimumDecision { get; init; }

    /// <summary>Days to remediate: after the KEV listing for <see cref="DirectiveRuleKind.Kev"/>, after first seen otherwise.</summary>
    [Range(1, 3650)]
    public required int WithinDays { get; init; }

    /// <summary>Only assets declared reachable from the internet (BOD 26-04's Publicly Exposed).</summary>
    public bool PubliclyExposedOnly { get; init; }
}

/// <summary>Withdraws a directive: it stays readable, with its versions, but no longer yields compliance reports.</summary>
public sealed record WithdrawDirectiveRequest
{
    /// <summary>Why it is withdrawn (superseded, rescinded).</summary>
    [Required, StringLength(4_000, MinimumLength = 3)]
    public required string Reason { get; init; }
}
