using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A fix, workaround or mitigation (CSAF 2.0 §3.2.3.12).</summary>
public sealed record CsafRemediation
{
    /// <summary>What kind of remediation it is.</summary>
    [JsonPropertyName("category")]
    public required CsafRemediationCategory Category { get; init; }

    /// <summary>When it was published.</summary>
    [JsonPropertyName("date")]
    public CsafDateTime? Date { get; init; }

    /// <summary>What to do.</summary>
    [JsonPropertyName("details")]
    public required string Details { get; init; }

    /// <summary>Who may get it.</summary>
    [JsonPropertyName("entitlements")]
    public CsafList<string>? Entitlements { get; init; }

    /// <summary>The product groups it applies to.</summary>
    [JsonPropertyName("group_ids")]
    public CsafList<string>? GroupIds { get; init; }

    /// <summary>The products it applies to.</summary>
    [JsonPropertyName("product_ids")]
    public CsafList<string>? ProductIds { get; init; }

    /// <summary>What must be restarted after applying it.</summary>
    [JsonPropertyName("restart_required")]
    public CsafRestartRequired? RestartRequired { get; init; }

    /// <summary>Where to get it.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
