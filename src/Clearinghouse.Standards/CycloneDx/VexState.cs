namespace Clearinghouse.Standards.CycloneDx;

/// <summary>CycloneDX impact analysis state (<c>vulnerabilities[].analysis.state</c>).</summary>
public enum VexState
{
    /// <summary><c>resolved</c>.</summary>
    Resolved,

    /// <summary><c>resolved_with_pedigree</c>.</summary>
    ResolvedWithPedigree,

    /// <summary><c>exploitable</c>.</summary>
    Exploitable,

    /// <summary><c>in_triage</c>.</summary>
    InTriage,

    /// <summary><c>false_positive</c>.</summary>
    FalsePositive,

    /// <summary><c>not_affected</c>.</summary>
    NotAffected,
}
