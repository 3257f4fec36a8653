using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A node of the product tree (CSAF 2.0 §3.1.2): a vendor, a product name, a version and so on, with sub-branches or a product at a leaf.</summary>
public sealed record CsafBranch
{
    /// <summary>The branches below this one.</summary>
    [JsonPropertyName("branches")]
    public CsafList<CsafBranch>? Branches { get; init; }

    /// <summary>What the node names.</summary>
    [JsonPropertyName("category")]
    public required CsafBranchCategory Category { get; init; }

    /// <summary>The vendor, name, version... this node stands for.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The product at this leaf.</summary>
    [JsonPropertyName("product")]
    public CsafFullProductName? Product { get; init; }

    /// <summary>Members this version of the model does not know, kept as written so the document round-trips.</summary>
    [JsonExtensionData]
    public CsafExtensions? Extensions { get; set; }
}
