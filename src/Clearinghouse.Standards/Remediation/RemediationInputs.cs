using Clearinghouse.Standards.Kev;

namespace Clearinghouse.Standards.Remediation;

/// <summary>What a remediation policy decides from. Each policy uses the part it needs.</summary>
public sealed class RemediationInputs
{
    /// <summary>The vulnerability's KEV entry, or null when it is not in the catalog. Used by BOD 22-01.</summary>
    public KevEntry? KevEntry { get; init; }

    /// <summary>
    /// The SSVC inputs for the policy's decision table, by decision point (id, key or name) and value (key or name),
    /// e.g. <c>{"In KEV": "yes", "Publicly Exposed": "no", "Automatable": "yes", "Technical Impact": "total"}</c>.
    /// Used by SSVC-based policies; KEV membership is one of these inputs where the table has it.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Decision { get; init; } = [];

    /// <summary>
    /// The day the inputs became true, from which an SSVC-based policy counts its days: for BOD 26-04 the later of the
    /// day the CVE was added to KEV and the day the asset became publicly exposed; for the clearinghouse's policy the day
    /// the decision reached its outcome (e.g. exploitation became active). Not used by BOD 22-01, whose date is CISA's.
    /// </summary>
    public DateOnly? Since { get; init; }
}
