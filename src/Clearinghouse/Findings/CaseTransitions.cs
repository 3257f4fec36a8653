using Clearinghouse.Contracts.Findings;

namespace Clearinghouse.Findings;

/// <summary>
/// The case state machine: which states a case may move to from each state by an analyst's transition. Validated is not
/// among them: a case is validated only by its reproduction or by analysts' verdicts (<see cref="RecordVerdict"/>).
/// Reopening a rejected or closed case is for clearinghouse administrators.
/// </summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseState, CaseState[]> ByAnalyst = new()
    {
        [CaseState.New] = [CaseState.Triage, CaseState.Verifying, CaseState.Rejected],
        [CaseState.Triage] = [CaseState.Verifying, CaseState.Rejected],
        [CaseState.Verifying] = [CaseState.Triage, CaseState.Rejected],
        [CaseState.Validated] = [CaseState.Coordinating, CaseState.Rejected],
        [CaseState.Coordinating] = [CaseState.Fixed, CaseState.Closed],
        [CaseState.Fixed] = [CaseState.Published, CaseState.Closed],
        [CaseState.Published] = [CaseState.Closed],
        [CaseState.Rejected] = [],
        [CaseState.Closed] = [],
    };

    private static readonly Dictionary<CaseState, CaseState[]> ByAdministrator = new()
    {
        [CaseState.Rejected] = [CaseState.Triage],
        [CaseState.Closed] = [CaseState.Triage],
    };

    public static IReadOnlyList<CaseState> Allowed(CaseState from, bool administrator) =>
        [.. ByAnalyst[from], .. administrator && ByAdministrator.TryGetValue(from, out var more) ? more : []];

    /// <summary>Critical severity (a proposed CVSS score of 9.0 or more) needs two analysts who agree on a verdict.</summary>
    public static bool IsCritical(VulnerabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.CvssVector is { } vector && Standards.Cvss.CvssVector.TryParse(vector, out var parsed, out _) && parsed.Score.Tenths >= 90;
    }
}
