using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What kind of threat information (CSAF 2.0 §3.2.3.14.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafThreatCategory>))]
public enum CsafThreatCategory
{
    /// <summary><c>exploit_status</c>.</summary>
    ExploitStatus,

    /// <summary><c>impact</c>.</summary>
    Impact,

    /// <summary><c>target_set</c>.</summary>
    TargetSet,
}
