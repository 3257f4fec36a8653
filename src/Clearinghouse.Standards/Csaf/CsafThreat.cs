using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A threat: impact, exploitation status or target set (CSAF 2.0 §3.2.3.14).</summary>
public sealed record CsafThreat
{
    /// <summary>What kind of threat information it is.</summary>
    [JsonPropertyName("category")]
    public required CsafThreatCategory Category { get; init; }

    /// <summary>When it was last set.</summary>
    [JsonPropertyName("date")]
    public CsafDateTime? Date { get; init; }

    /// <summary>The information.</summary>
    [JsonPropertyName("details")]
    public required string Details { get; init; }

    /// <summary>The product groups it applies to.</summary>
    [JsonPropertyName("group_ids")]
    public CsafList<string>? GroupIds { get; init; }

    /// <summary>The products it applies to.</summary>
    [JsonPropertyName("product_ids")]
    public CsafList<string>? ProductIds { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
