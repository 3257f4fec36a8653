using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What must be restarted (CSAF 2.0 §3.2.3.12.7.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafRestartCategory>))]
public enum CsafRestartCategory
{
    /// <summary><c>connected</c>.</summary>
    Connected,

    /// <summary><c>dependencies</c>.</summary>
    Dependencies,

    /// <summary><c>machine</c>.</summary>
    Machine,

    /// <summary><c>none</c>.</summary>
    None,

    /// <summary><c>parent</c>.</summary>
    Parent,

    /// <summary><c>service</c>.</summary>
    Service,

    /// <summary><c>system</c>.</summary>
    System,

    /// <summary><c>vulnerable_component</c>.</summary>
    VulnerableComponent,

    /// <summary><c>zone</c>.</summary>
    Zone,
}
