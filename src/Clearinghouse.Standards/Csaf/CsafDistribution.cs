using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Rules for sharing a document (CSAF 2.0 §3.2.1.5).</summary>
public sealed record CsafDistribution
{
    /// <summary>Sharing rules in words.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The Traffic Light Protocol label.</summary>
    [JsonPropertyName("tlp")]
    public CsafTlp? Tlp { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
