namespace Clearinghouse.Standards.Remediation;

/// <summary>What a policy requires for one outcome of its decision table.</summary>
/// <param name="OutcomeKey">The outcome value's key in the table, e.g. <c>AC</c> or <c>3DF</c>.</param>
/// <param name="Days">Days allowed from the date the inputs became true; null when the outcome has no fixed date (e.g. fix at the next upgrade).</param>
/// <param name="ForensicTriage">True when the outcome also requires a forensic triage of the asset (BOD 26-04's "3 days &amp; forensic investigation").</param>
/// <param name="Rationale">Why, as the policy document gives it; empty when it gives none.</param>
public sealed record RemediationTimeline(string OutcomeKey, int? Days, bool ForensicTriage, string Rationale);
