using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts;

/// <summary>
/// The contract's enums as their documented string names only: an integer such as <c>"kind": 99</c> is refused instead of
/// being stored as an undefined value. Options converters take precedence over the enums' own attributes, so this one
/// is what reads and writes every contract enum; enums with a converter of their own (TLP labels) are left to it.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Assembly == typeof(StrictEnumConverterFactory).Assembly;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(
            typeof(JsonStringEnumConverter<>).MakeGenericType(typeToConvert), [null, false]) is JsonConverterFactory factory
            ? factory.CreateConverter(typeToConvert, options)
            : null;
}
