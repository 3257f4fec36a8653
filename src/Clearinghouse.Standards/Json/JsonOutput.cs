using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clearinghouse.Standards.Json;

/// <summary>
/// The writing side shared by the format writers (CVE JSON 5, OSV): absent values and empty lists are left out, and text
/// is written with the relaxed escaping those formats' own tools use (non-ASCII as is, not as <c>\uXXXX</c>).
/// </summary>
internal static class JsonOutput
{
    /// <summary>What <paramref name="write"/> writes, as text.</summary>
    public static string Text(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The array <paramref name="name"/> of <paramref name="items"/>, each written by <paramref name="write"/>; nothing when there are none.</summary>
    public static void List<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<T, Utf8JsonWriter> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item, w);
        }

        w.WriteEndArray();
    }

    /// <summary>The array <paramref name="name"/> of strings; nothing when there are none.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> items) =>
        List(w, name, items, (s, w) => w.WriteStringValue(s));

    /// <summary>The member <paramref name="name"/>; nothing when <paramref name="value"/> is null.</summary>
    public static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
