using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Remediation;

/// <summary>When a vulnerability must be remediated under a policy, and why; or why that could not be worked out.</summary>
public sealed class RemediationDue
{
    internal RemediationDue(
        RemediationPolicy policy, string? outcome, int? days, DateOnly? dueDate, bool forensicTriage,
        IReadOnlyList<SsvcPathStep> path, string reason, IReadOnlyList<string> errors)
    {
        PolicyId = policy.Id;
        PolicyVersion = policy.Version;
        Outcome = outcome;
        Days = days;
        DueDate = dueDate;
        ForensicTriage = forensicTriage;
        Path = path;
        Reason = reason;
        Errors = errors;
    }

    /// <summary>The policy's id, e.g. <c>cisa-bod-26-04</c>.</summary>
    public string PolicyId { get; }

    /// <summary>The policy's version, e.g. <c>1.0.0</c>.</summary>
    public string PolicyVersion { get; }

    /// <summary>
    /// The outcome: the decision table's outcome name (<c>14 days</c>, <c>Act</c>), or for BOD 22-01 <c>In KEV</c> or
    /// <c>Not in KEV</c>; null when the inputs were refused.
    /// </summary>
    public string? Outcome { get; }

    /// <summary>The days allowed from the start date; null when the outcome has no fixed date.</summary>
    public int? Days { get; }

    /// <summary>The due date; null when the outcome has no fixed date (or on errors).</summary>
    public DateOnly? DueDate { get; }

    /// <summary>True when a forensic triage of the asset is required as well.</summary>
    public bool ForensicTriage { get; }

    /// <summary>The decision path that led to the outcome (empty for BOD 22-01, whose date comes from the KEV entry).</summary>
    public IReadOnlyList<SsvcPathStep> Path { get; }

    /// <summary>Why, for people: the policy, the path, the outcome and how the date was counted.</summary>
    public string Reason { get; }

    /// <summary>What was wrong with the inputs; empty when the policy could be applied.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when the policy could be applied (the due date may still be null: no fixed date).</summary>
    public bool IsDetermined => Errors.Count == 0;

    /// <summary>The reason, or the errors.</summary>
    public override string ToString() => IsDetermined ? Reason : $"{PolicyId} {PolicyVersion}: " + string.Join("; ", Errors);
}
