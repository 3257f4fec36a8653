using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What a product tree node names (CSAF 2.0 §3.1.2.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafBranchCategory>))]
public enum CsafBranchCategory
{
    /// <summary><c>architecture</c>.</summary>
    Architecture,

    /// <summary><c>host_name</c>.</summary>
    HostName,

    /// <summary><c>language</c>.</summary>
    Language,

    /// <summary><c>legacy</c>.</summary>
    Legacy,

    /// <summary><c>patch_level</c>.</summary>
    PatchLevel,

    /// <summary><c>product_family</c>.</summary>
    ProductFamily,

    /// <summary><c>product_name</c>.</summary>
    ProductName,

    /// <summary><c>product_version</c>.</summary>
    ProductVersion,

    /// <summary><c>product_version_range</c>.</summary>
    ProductVersionRange,

    /// <summary><c>service_pack</c>.</summary>
    ServicePack,

    /// <summary><c>specification</c>.</summary>
    Specification,

    /// <summary><c>vendor</c>.</summary>
    Vendor,
}
