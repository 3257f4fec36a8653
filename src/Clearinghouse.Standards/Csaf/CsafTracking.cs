using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Identity, status, version and history of a document (CSAF 2.0 §3.2.1.12).</summary>
public sealed record CsafTracking
{
    /// <summary>Other ids of the document.</summary>
    [JsonPropertyName("aliases")]
    public CsafList<string>? Aliases { get; init; }

    /// <summary>When this version was released.</summary>
    [JsonPropertyName("current_release_date")]
    public required CsafDateTime CurrentReleaseDate { get; init; }

    /// <summary>The tool that made the document.</summary>
    [JsonPropertyName("generator")]
    public CsafGenerator? Generator { get; init; }

    /// <summary>The publisher's id of the document.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>When the first version was released.</summary>
    [JsonPropertyName("initial_release_date")]
    public required CsafDateTime InitialReleaseDate { get; init; }

    /// <summary>Every revision, one entry each.</summary>
    [JsonPropertyName("revision_history")]
    public required CsafList<CsafRevision> RevisionHistory { get; init; }

    /// <summary>Draft, interim or final.</summary>
    [JsonPropertyName("status")]
    public required CsafDocumentStatus Status { get; init; }

    /// <summary>The document version: an integer or a semantic version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
