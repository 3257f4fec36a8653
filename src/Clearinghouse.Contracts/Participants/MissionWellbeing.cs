using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Participants;

/// <summary>
/// SSVC Mission and Well-Being Impact: how much harm to an operator's mission and to public well-being an exploited
/// vulnerability can do. It decides, with the vulnerability's own facts, how urgently the operator is told to act.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MissionWellbeing>))]
public enum MissionWellbeing
{
    /// <summary>Minimal mission prevalence and minimal public well-being impact.</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>Neither low nor high.</summary>
    [JsonStringEnumMemberName("medium")] Medium,

    /// <summary>Essential to the mission, or irreversible harm to public well-being (a hospital, a water system).</summary>
    [JsonStringEnumMemberName("high")] High,
}

/// <summary>How an organization's Mission and Well-Being Impact is set: derived from its sector and size tier, or set by the organization.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MissionWellbeingSetting>))]
public enum MissionWellbeingSetting
{
    /// <summary>Derived from the sector and size tier by the documented default mapping (docs/guide/ssvc-mission-wellbeing.md).</summary>
    [JsonStringEnumMemberName("derived")] Derived,

    /// <summary>Set by the organization to low.</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>Set by the organization to medium.</summary>
    [JsonStringEnumMemberName("medium")] Medium,

    /// <summary>Set by the organization to high.</summary>
    [JsonStringEnumMemberName("high")] High,
}
