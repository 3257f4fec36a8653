namespace Clearinghouse.Standards.Remediation;

/// <summary>What a remediation policy counts its due date from.</summary>
public enum RemediationBasis
{
    /// <summary>The due date CISA sets in the KEV entry (BOD 22-01); <c>kev-due-date</c> in a policy document.</summary>
    KevDueDate,

    /// <summary>An SSVC decision table's outcome, mapped to a number of days (or none); <c>ssvc-table</c> in a policy document.</summary>
    SsvcTable,
}
