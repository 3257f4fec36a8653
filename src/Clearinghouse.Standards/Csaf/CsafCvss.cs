using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A FIRST CVSS JSON object (v2.0, v3.0 or v3.1) as CSAF carries it. The vector and base score are typed; every other member (temporal and environmental metrics, scores) is kept in <see cref="Extensions"/> as written.</summary>
public sealed record CsafCvss
{
    /// <summary>The base score the publisher states.</summary>
    [JsonPropertyName("baseScore")]
    public required decimal BaseScore { get; init; }

    /// <summary>The base severity the publisher states (v3.x).</summary>
    [JsonPropertyName("baseSeverity")]
    public string? BaseSeverity { get; init; }

    /// <summary>The vector.</summary>
    [JsonPropertyName("vectorString")]
    public required string VectorString { get; init; }

    /// <summary>The CVSS version: <c>2.0</c>, <c>3.0</c> or <c>3.1</c>.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; init; }
}
