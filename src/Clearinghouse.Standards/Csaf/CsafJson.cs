using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Clearinghouse.Standards.Csaf;

/// <summary>The serializer settings CSAF documents are read and written with.</summary>
internal static class CsafJson
{
    public static JsonTypeInfo<CsafAdvisory> Compact { get; } = Make(indented: false);

    public static JsonTypeInfo<CsafAdvisory> Indented { get; } = Make(indented: true);

    private static JsonTypeInfo<CsafAdvisory> Make(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = CsafJsonContext.Default,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A required string that is null, or a member written twice, is a broken document, not a value to guess at.
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
            // Advisories are read by people: keep non-ASCII text and '+', '<', '&' in URLs and vectors as written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            MaxDepth = 64,
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<CsafAdvisory>)options.GetTypeInfo(typeof(CsafAdvisory));
    }
}
