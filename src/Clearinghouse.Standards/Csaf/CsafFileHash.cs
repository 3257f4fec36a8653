using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>One hash of a file (CSAF 2.0 §3.1.3.3.2.1).</summary>
public sealed record CsafFileHash
{
    /// <summary>The hash algorithm, e.g. <c>sha256</c>.</summary>
    [JsonPropertyName("algorithm")]
    public required string Algorithm { get; init; }

    /// <summary>The hash, in hexadecimal.</summary>
    [JsonPropertyName("value")]
    public required string Value { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
