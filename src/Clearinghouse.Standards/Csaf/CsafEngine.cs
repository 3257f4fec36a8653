using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A tool that made a document (CSAF 2.0 §3.2.1.12.3.2).</summary>
public sealed record CsafEngine
{
    /// <summary>The tool's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The tool's version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
