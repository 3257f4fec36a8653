using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Who is doing what about a vulnerability (CSAF 2.0 §3.2.3.7).</summary>
public sealed record CsafInvolvement
{
    /// <summary>When the status was last set.</summary>
    [JsonPropertyName("date")]
    public CsafDateTime? Date { get; init; }

    /// <summary>The party.</summary>
    [JsonPropertyName("party")]
    public required CsafParty Party { get; init; }

    /// <summary>How far it is.</summary>
    [JsonPropertyName("status")]
    public required CsafInvolvementStatus Status { get; init; }

    /// <summary>Details.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
