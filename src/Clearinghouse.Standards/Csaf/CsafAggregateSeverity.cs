using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>The publisher's overall severity rating of a document (CSAF 2.0 §3.2.1.2).</summary>
public sealed record CsafAggregateSeverity
{
    /// <summary>The URL of the rating system.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>The rating, e.g. <c>Important</c>.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
