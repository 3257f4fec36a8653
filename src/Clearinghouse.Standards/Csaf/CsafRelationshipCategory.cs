using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>How two products are combined (CSAF 2.0 §3.2.2.4.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafRelationshipCategory>))]
public enum CsafRelationshipCategory
{
    /// <summary><c>default_component_of</c>.</summary>
    DefaultComponentOf,

    /// <summary><c>external_component_of</c>.</summary>
    ExternalComponentOf,

    /// <summary><c>installed_on</c>.</summary>
    InstalledOn,

    /// <summary><c>installed_with</c>.</summary>
    InstalledWith,

    /// <summary><c>optional_component_of</c>.</summary>
    OptionalComponentOf,
}
