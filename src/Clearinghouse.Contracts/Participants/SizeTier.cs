using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Participants;

/// <summary>
/// How large an operator is, so that a rural hospital or a community bank (few staff, no security team)
/// can be told apart from a national one when remediation help and early access are prioritized.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SizeTier>))]
public enum SizeTier
{
    /// <summary>A small or rural operator with no dedicated security staff (a critical-access hospital, a community bank, a small water district).</summary>
    [JsonStringEnumMemberName("small")] Small,

    /// <summary>A local or regional operator with a small IT or security team.</summary>
    [JsonStringEnumMemberName("medium")] Medium,

    /// <summary>A large operator with its own security operations.</summary>
    [JsonStringEnumMemberName("large")] Large,

    /// <summary>A national operator or one of systemic importance.</summary>
    [JsonStringEnumMemberName("national")] National,
}
