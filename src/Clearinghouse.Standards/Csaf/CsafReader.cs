using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// Reads CSAF 2.0 documents into <see cref="CsafAdvisory"/>. A document is used whole or not at all: any JSON or
/// structural problem (a required member missing, a wrong type, a value outside an enumeration, a bad date-time, a
/// duplicate member) refuses it with a diagnostic that points at the problem. The serializer stops at the first
/// structural problem, so a broken document gets one diagnostic, not all of them. Members the model does not know are kept
/// in the <c>Extensions</c> of their object. The semantic rules of CSAF §6.1 (product ids defined once, consistent
/// statuses, CVSS scores) are not checked here: see <see cref="CsafMandatoryTests"/>.
/// </summary>
public static class CsafReader
{
    /// <summary>Reads a CSAF document from UTF-8 JSON.</summary>
    public static JsonLoadResult<CsafAdvisory> Read(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var error))
        {
            return new JsonLoadResult<CsafAdvisory>(null, [error]);
        }

        using (document)
        {
            try
            {
                var advisory = document!.RootElement.Deserialize(CsafJson.Compact);
                return advisory is null
                    ? new JsonLoadResult<CsafAdvisory>(null, [new JsonDiagnostic("", "a CSAF document is an object, not null")])
                    : new JsonLoadResult<CsafAdvisory>(advisory, []);
            }
            catch (JsonException e)
            {
                return new JsonLoadResult<CsafAdvisory>(null, [new JsonDiagnostic(Pointer(e.Path), Reason(e.Message))]);
            }
        }
    }

    /// <summary>Reads a CSAF document from a stream of UTF-8 JSON.</summary>
    public static JsonLoadResult<CsafAdvisory> Read(Stream stream) => Read(JsonInput.ReadAll(stream));

    // System.Text.Json reports "$.document.notes[0]['odd.name']"; diagnostics use JSON pointers.
    private static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var pointer = "";
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                pointer = JsonInput.Pointer(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                pointer = JsonInput.Pointer(pointer, path[(i + 2)..end]);
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                pointer += "/" + path[(i + 1)..end];
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                i++;
            }
        }

        return pointer;
    }

    // The serializer appends " Path: $.x | LineNumber: ..." which the pointer already says.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
        return new StringBuilder(text).Append('.').ToString();
    }
}
