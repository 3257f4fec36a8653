using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A machine-readable justification attached to products (CSAF 2.0 §3.2.3.5).</summary>
public sealed record CsafFlag
{
    /// <summary>When the flag was set.</summary>
    [JsonPropertyName("date")]
    public CsafDateTime? Date { get; init; }

    /// <summary>The product groups it applies to.</summary>
    [JsonPropertyName("group_ids")]
    public CsafList<string>? GroupIds { get; init; }

    /// <summary>The justification.</summary>
    [JsonPropertyName("label")]
    public required CsafFlagLabel Label { get; init; }

    /// <summary>The products it applies to.</summary>
    [JsonPropertyName("product_ids")]
    public CsafList<string>? ProductIds { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
