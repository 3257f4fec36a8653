using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Who publishes a document (CSAF 2.0 §3.2.1.8).</summary>
public sealed record CsafPublisher
{
    /// <summary>The publisher's role.</summary>
    [JsonPropertyName("category")]
    public required CsafPublisherCategory Category { get; init; }

    /// <summary>How to reach the publisher.</summary>
    [JsonPropertyName("contact_details")]
    public string? ContactDetails { get; init; }

    /// <summary>The publisher's authority over the products or vulnerabilities.</summary>
    [JsonPropertyName("issuing_authority")]
    public string? IssuingAuthority { get; init; }

    /// <summary>The publisher's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The publisher's URL, which scopes its ids.</summary>
    [JsonPropertyName("namespace")]
    public required string Namespace { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
