using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A named group of products (CSAF 2.0 §3.2.2.3).</summary>
public sealed record CsafProductGroup
{
    /// <summary>The document-local group id.</summary>
    [JsonPropertyName("group_id")]
    public required string GroupId { get; init; }

    /// <summary>The products in the group (at least two).</summary>
    [JsonPropertyName("product_ids")]
    public required CsafList<string> ProductIds { get; init; }

    /// <summary>What the group is.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
