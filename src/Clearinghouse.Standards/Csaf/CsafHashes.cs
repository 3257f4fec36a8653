using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Hashes of one file of a product (CSAF 2.0 §3.1.3.3.2).</summary>
public sealed record CsafHashes
{
    /// <summary>The file's hashes.</summary>
    [JsonPropertyName("file_hashes")]
    public required CsafList<CsafFileHash> FileHashes { get; init; }

    /// <summary>The file's name.</summary>
    [JsonPropertyName("filename")]
    public required string Filename { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
