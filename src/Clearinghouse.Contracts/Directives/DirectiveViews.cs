using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Contracts.Directives;

/// <summary>A directive as currently in force (its latest version), with the history of its versions.</summary>
public sealed record DirectiveView(
    Guid Id,
    string Reference,
    int Version,
    string Title,
    string? Summary,
    IReadOnlyList<OrganizationKind> TargetKinds,
    IReadOnlyList<Sector> TargetSectors,
    DateOnly EffectiveOn,
    IReadOnlyList<DirectiveRuleView> Rules,
    DateTimeOffset IssuedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    IReadOnlyList<DirectiveVersionView> Versions);

/// <summary>One rule of a directive, with its meaning in words ("KEV entries: within 14 days of KEV listing").</summary>
public sealed record DirectiveRuleView(DirectiveRuleKind Kind, DirectiveSeverity? MinimumSeverity, DirectiveDecision? MinimumDecision, int WithinDays, bool PubliclyExposedOnly, string Description);

/// <summary>One version of a directive: what it said from when on, and why it was changed.</summary>
public sealed record DirectiveVersionView(int Version, string Title, DateOnly EffectiveOn, IReadOnlyList<DirectiveRuleView> Rules, string? Note, DateTimeOffset CreatedAt, Guid CreatedBy);

/// <summary>A directive in a list.</summary>
public sealed record DirectiveSummaryView(Guid Id, string Reference, int Version, string Title, DateOnly EffectiveOn, int Rules, DateTimeOffset IssuedAt, DateTimeOffset? WithdrawnAt);

/// <summary>How many targeted exposures are in each state.</summary>
public sealed record ComplianceCounts(int Compliant, int DueSoon, int Overdue, int NotApplicable);

/// <summary>One organization's compliance with one directive: every exposure of its current assets, judged.</summary>
public sealed record OrganizationComplianceView(
    Guid DirectiveId,
    string Reference,
    int Version,
    Guid OrganizationId,
    string OrganizationName,
    bool Targeted,
    string TargetReason,
    DateOnly AsOf,
    ComplianceCounts Counts,
    IReadOnlyList<ExposureComplianceView> Exposures);

/// <summary>One exposure against a directive: its state, the governing rule's due date and why.</summary>
public sealed record ExposureComplianceView(
    Guid ExposureId,
    string AssetName,
    string Component,
    string VulnerabilityId,
    ExposureStatus Status,
    ComplianceState State,
    DateOnly? DueDate,
    string Reason);

/// <summary>
/// A directive's compliance across every targeted organization. Clearinghouse staff see one row per organization;
/// anyone else sees only the totals, each suppressed when fewer organizations than the threshold stand behind it.
/// </summary>
public sealed record OverallComplianceView(
    Guid DirectiveId,
    string Reference,
    int Version,
    DateOnly AsOf,
    int MinimumOrganizations,
    int TargetedOrganizations,
    AggregateComplianceCounts Totals,
    IReadOnlyList<OrganizationComplianceRow>? Organizations);

/// <summary>One organization's counts in the staff form of the overall report.</summary>
public sealed record OrganizationComplianceRow(Guid OrganizationId, string Name, OrganizationKind Kind, Sector? Sector, ComplianceCounts Counts);

/// <summary>The totals of the overall report, each a figure that may be suppressed.</summary>
public sealed record AggregateComplianceCounts(Figure Compliant, Figure DueSoon, Figure Overdue, Figure NotApplicable);
