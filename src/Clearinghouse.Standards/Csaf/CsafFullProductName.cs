using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A product with its id (CSAF 2.0 §3.1.3).</summary>
public sealed record CsafFullProductName
{
    /// <summary>The product's full name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The document-local product id other parts of the document refer to.</summary>
    [JsonPropertyName("product_id")]
    public required string ProductId { get; init; }

    /// <summary>Ways to identify the product outside the document: CPE, purl, hashes and so on.</summary>
    [JsonPropertyName("product_identification_helper")]
    public CsafProductIdentificationHelper? ProductIdentificationHelper { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
