using System.Globalization;
using System.Text.Json;

namespace Clearinghouse.Standards.Json;

/// <summary>Reading untrusted UTF-8 JSON without exceptions escaping: parse errors become a diagnostic with a line.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Reads the rest of a stream into memory.</summary>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>Parses UTF-8 JSON (a leading byte order mark is skipped); on failure says where and why.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out JsonDocument? document, out JsonDiagnostic error)
    {
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (!TryCheckText(utf8.Span, out error))
        {
            document = null;
            return false;
        }

        try
        {
            document = JsonDocument.Parse(utf8, Options);
            error = default;
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = new JsonDiagnostic(
                string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {column}"),
                "not valid JSON: " + (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ') + ".");
            return false;
        }
    }

    /// <summary>
    /// JsonDocument accepts some text it cannot hand back as .NET strings: bytes that are not UTF-8 inside a string, and
    /// escapes of a lone UTF-16 surrogate (<c>"\ud800"</c>). Reading such a string later throws, so such documents are
    /// refused here, with the line and byte where the bad text starts.
    /// </summary>
    private static bool TryCheckText(ReadOnlySpan<byte> utf8, out JsonDiagnostic error)
    {
        error = default;
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            error = new JsonDiagnostic(Where(utf8, FirstInvalidByte(utf8)), "not valid UTF-8 text.");
            return false;
        }

        if (!MayEscapeSurrogate(utf8))
        {
            return true;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        error = new JsonDiagnostic(Where(utf8, (int)reader.TokenStartIndex), "a string escapes a lone UTF-16 surrogate, which is not text.");
                        return false;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: JsonDocument.Parse reports it, with its line and byte.
        }

        return true;
    }

    /// <summary>
    /// Whether the text holds <c>\uD800</c> to <c>\uDFFF</c> anywhere (in any case). Most documents do not, and then
    /// the token-by-token check, which costs as much as the parse itself, is not needed.
    /// </summary>
    private static bool MayEscapeSurrogate(ReadOnlySpan<byte> utf8)
    {
        for (var at = utf8.IndexOf("\\u"u8); at >= 0; at = utf8.IndexOf("\\u"u8))
        {
            utf8 = utf8[(at + 2)..];
            if (utf8.Length >= 2 && utf8[0] is (byte)'d' or (byte)'D' && utf8[1] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }

    private static string Where(ReadOnlySpan<byte> utf8, int index)
    {
        var before = utf8[..Math.Min(index, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = index - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {column}");
    }

    /// <summary>
    /// A string member of an object: null when absent or null; when it has another type, also a diagnostic at its pointer
    /// below <paramref name="at"/>.
    /// </summary>
    public static string? Text(JsonElement parent, string name, JsonPath at, List<JsonDiagnostic> problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(new JsonDiagnostic(at[name].ToString(), "expected a string, found " + Describe(value.ValueKind)));
        return null;
    }

    /// <summary>The elements of an array member with their pointers; none when absent, and a diagnostic when it is not an array.</summary>
    public static IEnumerable<(JsonElement Item, JsonPath At)> Items(JsonElement parent, string name, JsonPath at, List<JsonDiagnostic> problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var array))
        {
            yield break;
        }

        var arrayAt = at[name];
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new JsonDiagnostic(arrayAt.ToString(), "expected an array, found " + Describe(array.ValueKind)));
            yield break;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, arrayAt[i++]);
        }
    }

    /// <summary>The pointer to a member of the value at <paramref name="parent"/> (RFC 6901 escaping of <c>~</c> and <c>/</c>).</summary>
    public static string Pointer(string parent, string member) =>
        parent + "/" + member.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer to an array element of the value at <paramref name="parent"/>.</summary>
    public static string Pointer(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A short description of a JSON value's kind, for messages: <c>a number</c>, <c>null</c>.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
