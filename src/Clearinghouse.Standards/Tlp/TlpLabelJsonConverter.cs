using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Tlp;

/// <summary>Reads and writes <see cref="TlpLabel"/> as a JSON string in the TLP 2.0 text form.</summary>
public sealed class TlpLabelJsonConverter : JsonConverter<TlpLabel>
{
    /// <inheritdoc />
    public override TlpLabel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A TLP label must be a string such as \"TLP:AMBER\".");
        }

        var text = reader.GetString();
        return TlpLabels.TryParse(text, out var label)
            ? label
            : throw new JsonException($"'{text}' is not a TLP 2.0 label; expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TlpLabel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TlpLabels.Format(value));
    }
}
