using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Participants;

/// <summary>The sixteen US critical infrastructure sectors (PPD-21, as CISA lists them).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sector>))]
public enum Sector
{
    /// <summary>Chemical.</summary>
    [JsonStringEnumMemberName("chemical")] Chemical,
    /// <summary>Commercial facilities.</summary>
    [JsonStringEnumMemberName("commercial-facilities")] CommercialFacilities,
    /// <summary>Communications.</summary>
    [JsonStringEnumMemberName("communications")] Communications,
    /// <summary>Critical manufacturing.</summary>
    [JsonStringEnumMemberName("critical-manufacturing")] CriticalManufacturing,
    /// <summary>Dams.</summary>
    [JsonStringEnumMemberName("dams")] Dams,
    /// <summary>Defense industrial base.</summary>
    [JsonStringEnumMemberName("defense-industrial-base")] DefenseIndustrialBase,
    /// <summary>Emergency services.</summary>
    [JsonStringEnumMemberName("emergency-services")] EmergencyServices,
    /// <summary>Energy.</summary>
    [JsonStringEnumMemberName("energy")] Energy,
    /// <summary>Financial services.</summary>
    [JsonStringEnumMemberName("financial")] Financial,
    /// <summary>Food and agriculture.</summary>
    [JsonStringEnumMemberName("food-agriculture")] FoodAgriculture,
    /// <summary>Government services and facilities.</summary>
    [JsonStringEnumMemberName("government-facilities")] GovernmentFacilities,
    /// <summary>Healthcare and public health.</summary>
    [JsonStringEnumMemberName("healthcare")] Healthcare,
    /// <summary>Information technology.</summary>
    [JsonStringEnumMemberName("information-technology")] InformationTechnology,
    /// <summary>Nuclear reactors, materials and waste.</summary>
    [JsonStringEnumMemberName("nuclear")] Nuclear,
    /// <summary>Transportation systems.</summary>
    [JsonStringEnumMemberName("transportation")] Transportation,
    /// <summary>Water and wastewater systems.</summary>
    [JsonStringEnumMemberName("water")] Water,
}
