using System.Globalization;
using System.Text.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>Lenient reading of members of Inspect's JSON: a member of an unexpected type reads as absent.</summary>
internal static class InspectJson
{
    public static JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Text(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>An id, which Inspect allows to be a string or an integer; both come back as text.</summary>
    public static string? Id(JsonElement parent, string name) => Member(parent, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    public static long? Integer(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : null;

    public static double? Number(JsonElement parent, string name) => Member(parent, name) is { } value ? Number(value) : null;

    /// <summary>A number, including the non-finite values that <see cref="NonFiniteNumbers"/> turned into strings.</summary>
    public static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => null,
        },
        _ => null,
    };

    public static JsonElement? Clone(JsonElement parent, string name) => Member(parent, name)?.Clone();

    public static IReadOnlyList<string> Texts(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    public static IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<JsonProperty> Properties(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.Object } value ? value.EnumerateObject() : [];

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "\"" + value.GetString() + "\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
