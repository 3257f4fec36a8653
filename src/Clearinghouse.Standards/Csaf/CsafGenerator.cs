using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>The tool that made a document (CSAF 2.0 §3.2.1.12.3).</summary>
public sealed record CsafGenerator
{
    /// <summary>When the tool made it.</summary>
    [JsonPropertyName("date")]
    public CsafDateTime? Date { get; init; }

    /// <summary>The tool.</summary>
    [JsonPropertyName("engine")]
    public required CsafEngine Engine { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
