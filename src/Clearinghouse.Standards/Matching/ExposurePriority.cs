namespace Clearinghouse.Standards.Matching;

/// <summary>How urgent one exposure is, when it is due, and why, in plain words.</summary>
/// <param name="Decision">The SSVC Coordinator outcome: <c>Act</c>, <c>Attend</c>, <c>Track*</c> or <c>Track</c> (null when the table was not available).</param>
/// <param name="Score">The order of the queue, highest first: the outcome, then KEV, CVSS, fix availability and reach.</param>
/// <param name="DueDate">The due date under <paramref name="Policy"/>, or null when the policy sets none.</param>
/// <param name="Policy">The remediation policy applied (<c>cisa-bod-26-04</c>, <c>clearinghouse-ssvc</c>).</param>
/// <param name="Reason">The explanation, e.g. <c>known exploited (CISA KEV since 2021-12-10); fix available: upgrade log4j-core to 2.17.1; due 2026-12-05</c>.</param>
public sealed record ExposurePriority(string? Decision, long Score, DateOnly? DueDate, string Policy, string Reason);
