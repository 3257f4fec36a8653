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

    /// <summary>Applies the contract's rules to <paramref name="options"/> (for example ASP.NET Core's own) and returns it.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;

        // The API answers application/json, never HTML: write "TLP:AMBER+STRICT", not "TLP:AMBER\u002BSTRICT".
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
