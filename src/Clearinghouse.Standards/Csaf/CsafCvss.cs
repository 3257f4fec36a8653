using System.Text.Json;
using System.Text.Json.Serialization;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A FIRST CVSS JSON object (v2.0, v3.0 or v3.1) as CSAF carries it. The version, vector, base score and severity are typed but optional, so that an object that breaks the FIRST schema is kept for CSAF test 6.1.8 to report rather than refusing the whole document; every other member (temporal and environmental metrics, scores) is kept in <see cref="Extensions"/> as written.</summary>
public sealed record CsafCvss
{
    /// <summary>
    /// The CSAF object of a v2.0, v3.0 or v3.1 vector: the FIRST JSON object with every metric and score computed by
    /// <see cref="CvssVector"/>. CSAF 2.0 has no place for v4.0 vectors.
    /// </summary>
    /// <exception cref="ArgumentException">The vector is CVSS v4.0.</exception>
    public static CsafCvss From(CvssVector vector)
    {
        if (vector.Version == CvssVersion.V40)
        {
            throw new ArgumentException("CSAF 2.0 carries CVSS v2.0, v3.0 and v3.1 only.", nameof(vector));
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            vector.WriteJson(writer);
        }

        return JsonSerializer.Deserialize(buffer.ToArray(), CsafJsonContext.Default.CsafCvss)!;
    }

    /// <summary>The base score the publisher states.</summary>
    [JsonPropertyName("baseScore")]
    public decimal? BaseScore { get; init; }

    /// <summary>The base severity the publisher states (v3.x).</summary>
    [JsonPropertyName("baseSeverity")]
    public string? BaseSeverity { get; init; }

    /// <summary>The vector.</summary>
    [JsonPropertyName("vectorString")]
    public string? VectorString { get; init; }

    /// <summary>The CVSS version: <c>2.0</c>, <c>3.0</c> or <c>3.1</c>.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
