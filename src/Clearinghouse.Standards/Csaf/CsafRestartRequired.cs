using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What must be restarted after applying a remediation (CSAF 2.0 §3.2.3.12.7).</summary>
public sealed record CsafRestartRequired
{
    /// <summary>What must be restarted.</summary>
    [JsonPropertyName("category")]
    public required CsafRestartCategory Category { get; init; }

    /// <summary>Details.</summary>
    [JsonPropertyName("details")]
    public string? Details { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
