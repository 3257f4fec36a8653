using System.Text.Json;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// Writes <see cref="CsafAdvisory"/> as CSAF 2.0 JSON: members the model knows in the order of the model, then the kept
/// unknown members, absent optional members left out. Text is written unescaped where JSON allows it.
/// </summary>
public static class CsafWriter
{
    /// <summary>The advisory as UTF-8 JSON, indented for people or on one line.</summary>
    public static byte[] Write(CsafAdvisory advisory, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        return JsonSerializer.SerializeToUtf8Bytes(advisory, indented ? CsafJson.Indented : CsafJson.Compact);
    }

    /// <summary>Writes the advisory as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(CsafAdvisory advisory, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        JsonSerializer.Serialize(stream, advisory, indented ? CsafJson.Indented : CsafJson.Compact);
    }
}
