using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Who is thanked, for what (CSAF 2.0 §3.1.1).</summary>
public sealed record CsafAcknowledgment
{
    /// <summary>Names of the people thanked.</summary>
    [JsonPropertyName("names")]
    public CsafList<string>? Names { get; init; }

    /// <summary>The organization thanked.</summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }

    /// <summary>What they are thanked for.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Where to read about it.</summary>
    [JsonPropertyName("urls")]
    public CsafList<string>? Urls { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
