using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>An identifier of a product in some other scheme (CSAF 2.0 §3.1.3.3.8).</summary>
public sealed record CsafGenericUri
{
    /// <summary>The URL of the scheme.</summary>
    [JsonPropertyName("namespace")]
    public required string Namespace { get; init; }

    /// <summary>The identifier.</summary>
    [JsonPropertyName("uri")]
    public required string Uri { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
