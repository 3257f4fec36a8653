using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A document's Traffic Light Protocol label (CSAF 2.0 §3.2.1.5.2; TLP 1.0 labels).</summary>
public sealed record CsafTlp
{
    /// <summary>The label.</summary>
    [JsonPropertyName("label")]
    public required CsafTlpLabel Label { get; init; }

    /// <summary>The URL of the TLP version used.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
