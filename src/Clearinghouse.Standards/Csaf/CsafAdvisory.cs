using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A CSAF 2.0 document: its metadata, the products it speaks about and the vulnerabilities (CSAF 2.0 §3.2).</summary>
public sealed record CsafAdvisory
{
    /// <summary>Document-level metadata (§3.2.1).</summary>
    [JsonPropertyName("document")]
    public required CsafDocument Document { get; init; }

    /// <summary>The products the document refers to (§3.2.2).</summary>
    [JsonPropertyName("product_tree")]
    public CsafProductTree? ProductTree { get; init; }

    /// <summary>The vulnerabilities and their product statuses (§3.2.3).</summary>
    [JsonPropertyName("vulnerabilities")]
    public CsafList<CsafVulnerability>? Vulnerabilities { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
