using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Ways to identify a product outside the document (CSAF 2.0 §3.1.3.3).</summary>
public sealed record CsafProductIdentificationHelper
{
    /// <summary>The product's CPE 2.3 name (or CPE 2.2 URI).</summary>
    [JsonPropertyName("cpe")]
    public string? Cpe { get; init; }

    /// <summary>Hashes of the product's files.</summary>
    [JsonPropertyName("hashes")]
    public CsafList<CsafHashes>? Hashes { get; init; }

    /// <summary>Model numbers.</summary>
    [JsonPropertyName("model_numbers")]
    public CsafList<string>? ModelNumbers { get; init; }

    /// <summary>The product's package URL.</summary>
    [JsonPropertyName("purl")]
    public string? Purl { get; init; }

    /// <summary>Where SBOMs of the product are.</summary>
    [JsonPropertyName("sbom_urls")]
    public CsafList<string>? SbomUrls { get; init; }

    /// <summary>Serial numbers.</summary>
    [JsonPropertyName("serial_numbers")]
    public CsafList<string>? SerialNumbers { get; init; }

    /// <summary>Stock keeping units.</summary>
    [JsonPropertyName("skus")]
    public CsafList<string>? Skus { get; init; }

    /// <summary>Identifiers in other schemes.</summary>
    [JsonPropertyName("x_generic_uris")]
    public CsafList<CsafGenericUri>? XGenericUris { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
