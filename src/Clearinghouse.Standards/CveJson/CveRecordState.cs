namespace Clearinghouse.Standards.CveJson;

/// <summary>The state of a CVE record (<c>cveMetadata.state</c>).</summary>
public enum CveRecordState
{
    /// <summary><c>PUBLISHED</c>.</summary>
    Published,

    /// <summary><c>REJECTED</c>.</summary>
    Rejected,
}
