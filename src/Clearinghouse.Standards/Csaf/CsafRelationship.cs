using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A product made by combining two others (CSAF 2.0 §3.2.2.4).</summary>
public sealed record CsafRelationship
{
    /// <summary>How the two are combined.</summary>
    [JsonPropertyName("category")]
    public required CsafRelationshipCategory Category { get; init; }

    /// <summary>The combined product and its id.</summary>
    [JsonPropertyName("full_product_name")]
    public required CsafFullProductName FullProductName { get; init; }

    /// <summary>The product that is a component, installed on or with the other.</summary>
    [JsonPropertyName("product_reference")]
    public required string ProductReference { get; init; }

    /// <summary>The product it is combined with.</summary>
    [JsonPropertyName("relates_to_product_reference")]
    public required string RelatesToProductReference { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
