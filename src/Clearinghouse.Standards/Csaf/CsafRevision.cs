using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>One entry of a document's revision history (CSAF 2.0 §3.2.1.12.6).</summary>
public sealed record CsafRevision
{
    /// <summary>When the revision was made.</summary>
    [JsonPropertyName("date")]
    public required CsafDateTime Date { get; init; }

    /// <summary>The revision's number in an earlier scheme.</summary>
    [JsonPropertyName("legacy_version")]
    public string? LegacyVersion { get; init; }

    /// <summary>The document version of this revision.</summary>
    [JsonPropertyName("number")]
    public required string Number { get; init; }

    /// <summary>What changed.</summary>
    [JsonPropertyName("summary")]
    public required string Summary { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
