using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A note (CSAF 2.0 §3.1.6).</summary>
public sealed record CsafNote
{
    /// <summary>Who the note is for.</summary>
    [JsonPropertyName("audience")]
    public string? Audience { get; init; }

    /// <summary>What kind of note it is.</summary>
    [JsonPropertyName("category")]
    public required CsafNoteCategory Category { get; init; }

    /// <summary>The note.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The note's title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
