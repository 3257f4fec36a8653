using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Which products a vulnerability affects, and how (CSAF 2.0 §3.2.3.9).</summary>
public sealed record CsafProductStatus
{
    /// <summary>The first affected versions.</summary>
    [JsonPropertyName("first_affected")]
    public CsafList<string>? FirstAffected { get; init; }

    /// <summary>The first versions with the fix.</summary>
    [JsonPropertyName("first_fixed")]
    public CsafList<string>? FirstFixed { get; init; }

    /// <summary>Versions with the fix.</summary>
    [JsonPropertyName("fixed")]
    public CsafList<string>? Fixed { get; init; }

    /// <summary>Products known to be affected.</summary>
    [JsonPropertyName("known_affected")]
    public CsafList<string>? KnownAffected { get; init; }

    /// <summary>Products known not to be affected.</summary>
    [JsonPropertyName("known_not_affected")]
    public CsafList<string>? KnownNotAffected { get; init; }

    /// <summary>The last affected versions.</summary>
    [JsonPropertyName("last_affected")]
    public CsafList<string>? LastAffected { get; init; }

    /// <summary>The versions the vendor recommends.</summary>
    [JsonPropertyName("recommended")]
    public CsafList<string>? Recommended { get; init; }

    /// <summary>Products whose status is not known yet.</summary>
    [JsonPropertyName("under_investigation")]
    public CsafList<string>? UnderInvestigation { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
