using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>CVSS scores of a vulnerability for some products (CSAF 2.0 §3.2.3.13).</summary>
public sealed record CsafScore
{
    /// <summary>The CVSS v2.0 object (FIRST cvss-v2.0 schema).</summary>
    [JsonPropertyName("cvss_v2")]
    public CsafCvss? CvssV2 { get; init; }

    /// <summary>The CVSS v3.0 or v3.1 object (FIRST cvss-v3.x schema).</summary>
    [JsonPropertyName("cvss_v3")]
    public CsafCvss? CvssV3 { get; init; }

    /// <summary>The products the scores apply to.</summary>
    [JsonPropertyName("products")]
    public required CsafList<string> Products { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
