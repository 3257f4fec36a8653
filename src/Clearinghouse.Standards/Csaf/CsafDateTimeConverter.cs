using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Reads and writes <see cref="CsafDateTime"/> as its text.</summary>
public sealed class CsafDateTimeConverter : JsonConverter<CsafDateTime>
{
    /// <inheritdoc/>
    public override CsafDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return CsafDateTime.TryParse(text, out var value)
            ? value
            : throw new JsonException(text is null ? "expected a date-time string" : $"'{text}' is not an RFC 3339 date-time");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CsafDateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
