using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>The products a document refers to (CSAF 2.0 §3.2.2).</summary>
public sealed record CsafProductTree
{
    /// <summary>Products arranged as a tree of vendors, names, versions and so on.</summary>
    [JsonPropertyName("branches")]
    public CsafList<CsafBranch>? Branches { get; init; }

    /// <summary>Products listed flat.</summary>
    [JsonPropertyName("full_product_names")]
    public CsafList<CsafFullProductName>? FullProductNames { get; init; }

    /// <summary>Named groups of products.</summary>
    [JsonPropertyName("product_groups")]
    public CsafList<CsafProductGroup>? ProductGroups { get; init; }

    /// <summary>Products made by combining two others (a component installed on a platform).</summary>
    [JsonPropertyName("relationships")]
    public CsafList<CsafRelationship>? Relationships { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
