namespace Clearinghouse.Standards.CycloneDx;

/// <summary>A response to a vulnerability (<c>vulnerabilities[].analysis.response[]</c>).</summary>
public enum VexResponse
{
    /// <summary><c>can_not_fix</c>.</summary>
    CanNotFix,

    /// <summary><c>will_not_fix</c>.</summary>
    WillNotFix,

    /// <summary><c>update</c>.</summary>
    Update,

    /// <summary><c>rollback</c>.</summary>
    Rollback,

    /// <summary><c>workaround_available</c>.</summary>
    WorkaroundAvailable,
}
