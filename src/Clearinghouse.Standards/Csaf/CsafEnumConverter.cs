using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// Reads and writes a CSAF enumeration by its JSON name: the member name in snake case (<c>VendorFix</c> is
/// <c>vendor_fix</c>), upper case for <see cref="CsafTlpLabel"/> (<c>WHITE</c>). Unlike the built-in string enum converter it
/// refuses numbers and names in another letter case, which the CSAF schema does not allow.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
public sealed class CsafEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => JsonName(v.ToString()));
    private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    internal static string Format(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>Reads a JSON name; false when it names no member.</summary>
    internal static bool TryParse(string? name, out T value)
    {
        value = default;
        return name is not null && Values.TryGetValue(name, out value);
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TryParse(text, out var value)
            ? value
            : throw new JsonException(text is null
                ? "expected a string"
                : $"'{text}' is not one of {string.Join(", ", Names.Values)}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    private static string JsonName(string member) =>
        typeof(T) == typeof(CsafTlpLabel) ? JsonNamingPolicy.SnakeCaseUpper.ConvertName(member) : JsonNamingPolicy.SnakeCaseLower.ConvertName(member);
}
