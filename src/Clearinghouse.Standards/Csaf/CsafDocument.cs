using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Document-level metadata (CSAF 2.0 §3.2.1).</summary>
public sealed record CsafDocument
{
    /// <summary>Who is thanked for the document.</summary>
    [JsonPropertyName("acknowledgments")]
    public CsafList<CsafAcknowledgment>? Acknowledgments { get; init; }

    /// <summary>The publisher's overall severity rating.</summary>
    [JsonPropertyName("aggregate_severity")]
    public CsafAggregateSeverity? AggregateSeverity { get; init; }

    /// <summary>The document category and so its profile: <c>csaf_base</c>, <c>csaf_security_advisory</c>, <c>csaf_vex</c>, <c>csaf_informational_advisory</c>, <c>csaf_security_incident_response</c> or any other name.</summary>
    [JsonPropertyName("category")]
    public required string Category { get; init; }

    /// <summary>The CSAF version; <c>2.0</c> for every document this type is meant for.</summary>
    [JsonPropertyName("csaf_version")]
    public required string CsafVersion { get; init; }

    /// <summary>Rules for sharing the document, including its TLP label.</summary>
    [JsonPropertyName("distribution")]
    public CsafDistribution? Distribution { get; init; }

    /// <summary>The document's language (BCP 47 tag).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    /// <summary>Notes about the whole document.</summary>
    [JsonPropertyName("notes")]
    public CsafList<CsafNote>? Notes { get; init; }

    /// <summary>Who publishes the document.</summary>
    [JsonPropertyName("publisher")]
    public required CsafPublisher Publisher { get; init; }

    /// <summary>References about the whole document.</summary>
    [JsonPropertyName("references")]
    public CsafList<CsafReference>? References { get; init; }

    /// <summary>The language of the original, for a translation (BCP 47 tag).</summary>
    [JsonPropertyName("source_lang")]
    public string? SourceLang { get; init; }

    /// <summary>The document title.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Identity, status, version and history of the document.</summary>
    [JsonPropertyName("tracking")]
    public required CsafTracking Tracking { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
