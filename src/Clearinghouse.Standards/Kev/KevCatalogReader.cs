using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Kev;

/// <summary>Reads the KEV JSON feed entry by entry; see <see cref="KevDiagnostic.EntryDropped"/> for what leaves an entry out.</summary>
internal static partial class KevCatalogReader
{
    private static readonly string[] TextFields = ["vendorProject", "product", "vulnerabilityName", "shortDescription", "requiredAction"];

    public static KevLoadResult Read(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var syntax))
        {
            return new KevLoadResult(null, [new KevDiagnostic(syntax.Location, null, null, null, syntax.Reason, false)]);
        }

        using (document)
        {
            var root = document!.RootElement;
            var diagnostics = new List<KevDiagnostic>();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("vulnerabilities", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(new KevDiagnostic(root.ValueKind == JsonValueKind.Object ? "/vulnerabilities" : "", null, null, "vulnerabilities",
                    "not a KEV catalog: it has no vulnerabilities array", false));
                return new KevLoadResult(null, diagnostics);
            }

            var version = CatalogText(root, "catalogVersion", diagnostics);
            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            DateTimeOffset? released = null;
            if (CatalogText(root, "dateReleased", diagnostics) is { } releasedText)
            {
                if (DateTimeOffset.TryParse(releasedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    released = parsed;
                }
                else
                {
                    diagnostics.Add(new KevDiagnostic("/dateReleased", null, null, "dateReleased", $"'{releasedText}' is not a date and time", false));
                }
            }

            int? count = null;
            if (root.TryGetProperty("count", out var c))
            {
                if (c.TryGetInt32OrNull() is { } n)
                {
                    count = n;
                }
                else
                {
                    diagnostics.Add(new KevDiagnostic("/count", null, null, "count", $"must be a whole number, not {JsonInput.Describe(c.ValueKind)}", false));
                }
            }

            var entries = new List<KevEntry>();
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (ReadEntry(element, index, diagnostics) is { } entry)
                {
                    if (seen.TryGetValue(entry.CveId, out var first))
                    {
                        diagnostics.Add(new KevDiagnostic(JsonInput.Pointer("/vulnerabilities", index) + "/cveID", index, entry.CveId, "cveID",
                            string.Create(CultureInfo.InvariantCulture, $"the same CVE as /vulnerabilities/{first}"), true));
                    }
                    else
                    {
                        seen.Add(entry.CveId, index);
                        entries.Add(entry);
                    }
                }

                index++;
            }

            if (count is { } declared && declared != index)
            {
                diagnostics.Add(new KevDiagnostic("/count", null, null, "count",
                    string.Create(CultureInfo.InvariantCulture, $"the catalog says {declared} entries but lists {index}"), false));
            }

            return new KevLoadResult(new KevCatalog(title, version, released, count, entries), diagnostics);
        }
    }

    private static KevEntry? ReadEntry(JsonElement element, int index, List<KevDiagnostic> diagnostics)
    {
        var at = JsonInput.Pointer("/vulnerabilities", index);
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new KevDiagnostic(at, index, null, null, $"an entry is an object, not {JsonInput.Describe(element.ValueKind)}", true));
            return null;
        }

        var cveId = Text(element, "cveID");
        var validId = cveId is not null && CveIdPattern().IsMatch(cveId);
        var name = validId ? cveId : null;
        void Problem(string field, string reason, bool dropped, int? item) =>
            diagnostics.Add(new KevDiagnostic(item is { } i ? JsonInput.Pointer(JsonInput.Pointer(at, field), i) : JsonInput.Pointer(at, field), index, name, field, reason, dropped));

        if (!validId)
        {
            Problem("cveID", cveId is null ? Missing(element, "cveID") : $"'{cveId}' is not a CVE id (CVE-YYYY-NNNN...)", true, null);
        }

        var added = Date(element, "dateAdded", Problem);
        var due = Date(element, "dueDate", Problem);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            var value = Text(element, field);
            if (value is null)
            {
                Problem(field, Missing(element, field), false, null);
            }

            texts[field] = value ?? "";
        }

        var ransomware = OptionalText(element, "knownRansomwareCampaignUse", Problem);
        var notes = OptionalText(element, "notes", Problem);
        var cwes = Cwes(element, Problem);
        if (!validId || added is null || due is null)
        {
            return null;
        }

        return new KevEntry
        {
            CveId = cveId!,
            VendorProject = texts["vendorProject"],
            Product = texts["product"],
            VulnerabilityName = texts["vulnerabilityName"],
            DateAdded = added.Value,
            ShortDescription = texts["shortDescription"],
            RequiredAction = texts["requiredAction"],
            DueDate = due.Value,
            KnownRansomwareCampaignUse = ransomware,
            Notes = notes,
            Cwes = cwes,
        };
    }

    private static DateOnly? Date(JsonElement element, string field, Action<string, string, bool, int?> problem)
    {
        var text = Text(element, field);
        if (text is null)
        {
            problem(field, Missing(element, field), true, null);
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem(field, $"'{text}' is not a date (YYYY-MM-DD)", true, null);
            return null;
        }

        return date;
    }

    private static string OptionalText(JsonElement element, string field, Action<string, string, bool, int?> problem)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem(field, $"must be a string, not {JsonInput.Describe(value.ValueKind)}; ignored", false, null);
            return "";
        }

        return value.GetString()!;
    }

    private static List<string> Cwes(JsonElement element, Action<string, string, bool, int?> problem)
    {
        var cwes = new List<string>();
        if (!element.TryGetProperty("cwes", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return cwes;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problem("cwes", $"must be an array of CWE ids, not {JsonInput.Describe(array.ValueKind)}; ignored", false, null);
            return cwes;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (text is not null && CweIdPattern().IsMatch(text))
            {
                cwes.Add(text);
            }
            else
            {
                problem("cwes", text is null ? $"a CWE id is a string, not {JsonInput.Describe(item.ValueKind)}; ignored" : $"'{text}' is not a CWE id (CWE-NNN); ignored", false, i);
            }

            i++;
        }

        return cwes;
    }

    private static string? CatalogText(JsonElement root, string field, List<KevDiagnostic> diagnostics)
    {
        var text = Text(root, field);
        if (text is null)
        {
            diagnostics.Add(new KevDiagnostic("/" + field, null, null, field, Missing(root, field), false));
        }

        return text;
    }

    private static string? Text(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Missing(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) ? $"must be a string, not {JsonInput.Describe(value.ValueKind)}" : "missing";

    private static int? TryGetInt32OrNull(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var n) ? n : null;

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveIdPattern();

    [GeneratedRegex("^CWE-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CweIdPattern();
}
