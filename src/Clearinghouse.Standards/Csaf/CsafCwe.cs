using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>The weakness behind a vulnerability (CSAF 2.0 §3.2.3.2).</summary>
public sealed record CsafCwe
{
    /// <summary>The CWE id, e.g. <c>CWE-79</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The CWE name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
