using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts;

/// <summary>
/// The JSON rules of the wire contract, the same for the server and its clients: camelCase names, enums as their
/// documented strings, and strict reading: an unknown field, a missing required field or a null where none is allowed
/// is an error, never silently dropped (a misspelt <c>tlp</c> must not fall back to a default label).
/// </summary>
public static class ContractJson
{
    /// <summary>Options for reading and writing contract types.</summary>
    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// Reads an enum value written as the contract writes it (for example <c>critical-infrastructure-operator</c>), as a query
    /// string or a command-line option carries it. Numbers and the C# member names are not accepted.
    /// </summary>
    public static bool TryParseEnum<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text), Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The wire name of one enum value, e.g. <c>critical-infrastructure-operator</c>.</summary>
    public static string EnumName<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, Options).Trim('"');

    /// <summary>The names <see cref="TryParseEnum"/> accepts for <typeparamref name="T"/>, for error messages.</summary>
    public static string EnumNames<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(EnumName));

    /// <summary>Applies the contract's rules to <paramref name="options"/> (for example ASP.NET Core's own) and returns it.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;

        options.Converters.Add(new StrictEnumConverterFactory());

        // The API answers application/json, never HTML: write "TLP:AMBER+STRICT", not "TLP:AMBER\u002BSTRICT".
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
