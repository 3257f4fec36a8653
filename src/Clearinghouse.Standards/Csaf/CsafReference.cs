using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A reference to a resource (CSAF 2.0 §3.1.8).</summary>
public sealed record CsafReference
{
    /// <summary>Whether the resource is this document itself (<c>self</c>) or another (<c>external</c>, the default).</summary>
    [JsonPropertyName("category")]
    public CsafReferenceCategory? Category { get; init; }

    /// <summary>What the resource is.</summary>
    [JsonPropertyName("summary")]
    public required string Summary { get; init; }

    /// <summary>Where it is.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
