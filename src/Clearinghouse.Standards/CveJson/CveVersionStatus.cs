namespace Clearinghouse.Standards.CveJson;

/// <summary>Whether a version or range is affected (CVE JSON 5 <c>status</c> and <c>defaultStatus</c>).</summary>
public enum CveVersionStatus
{
    /// <summary><c>affected</c>.</summary>
    Affected,

    /// <summary><c>unaffected</c>.</summary>
    Unaffected,

    /// <summary><c>unknown</c>.</summary>
    Unknown,
}
