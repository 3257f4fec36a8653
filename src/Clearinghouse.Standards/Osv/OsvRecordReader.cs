using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Osv;

/// <summary>Builds an <see cref="OsvRecord"/> from a JSON element, leaving out bad fields with a diagnostic each.</summary>
internal sealed class OsvRecordReader
{
    private readonly List<JsonDiagnostic> diagnostics = [];

    public static bool TryRead(JsonElement root, out OsvRecord? record, out IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        var reader = new OsvRecordReader();
        record = reader.Read(root);
        diagnostics = reader.diagnostics;
        return record is not null;
    }

    private OsvRecord? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic(string.Empty, $"an OSV record is an object, not {JsonInput.Describe(root.ValueKind)}"));
            return null;
        }

        var id = String(root, string.Empty, "id", required: true);
        if (id is null)
        {
            return null;
        }

        return new OsvRecord(
            id,
            String(root, string.Empty, "schema_version"),
            Timestamp(root, "modified", required: true),
            Timestamp(root, "published"),
            Timestamp(root, "withdrawn"),
            Strings(root, string.Empty, "aliases"),
            Strings(root, string.Empty, "related"),
            Strings(root, string.Empty, "upstream"),
            String(root, string.Empty, "summary"),
            String(root, string.Empty, "details"),
            Severities(root, string.Empty),
            Objects(root, string.Empty, "affected", Affected),
            Objects(root, string.Empty, "references", (e, p) => String(e, p, "type", true) is { } t && String(e, p, "url", true) is { } u ? new OsvReference(t, u) : null),
            Objects(root, string.Empty, "credits", (e, p) => String(e, p, "name", true) is { } n ? new OsvCredit(n, Strings(e, p, "contact"), String(e, p, "type")) : null),
            Object(root, string.Empty, "database_specific"));
    }

    private OsvAffected? Affected(JsonElement element, string pointer)
    {
        OsvPackage? package = null;
        if (element.TryGetProperty("package", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var at = JsonInput.Pointer(pointer, "package");
            var ecosystem = String(p, at, "ecosystem", required: true);
            var name = String(p, at, "name", required: true);
            package = ecosystem is not null && name is not null ? new OsvPackage(ecosystem, name, String(p, at, "purl")) : null;
        }
        else if (element.TryGetProperty("package", out p))
        {
            diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(pointer, "package"), $"package is an object, not {JsonInput.Describe(p.ValueKind)}"));
        }

        return new OsvAffected(
            package,
            Severities(element, pointer),
            Objects(element, pointer, "ranges", Range),
            Strings(element, pointer, "versions"),
            Object(element, pointer, "ecosystem_specific"),
            Object(element, pointer, "database_specific"));
    }

    private OsvRange? Range(JsonElement element, string pointer)
    {
        var typeName = String(element, pointer, "type", required: true);
        if (typeName is null)
        {
            return null;
        }

        var type = typeName switch
        {
            "SEMVER" => OsvRangeType.SemVer,
            "ECOSYSTEM" => OsvRangeType.Ecosystem,
            "GIT" => OsvRangeType.Git,
            _ => OsvRangeType.Unknown,
        };
        var events = Objects(element, pointer, "events", Event);
        if (!events.Any(e => e.Kind == OsvEventKind.Introduced))
        {
            diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(pointer, "events"), "a range needs at least one introduced event"));
        }

        return new OsvRange(type, typeName, String(element, pointer, "repo"), events, Object(element, pointer, "database_specific"));
    }

    private OsvEvent? Event(JsonElement element, string pointer)
    {
        OsvEvent? found = null;
        foreach (var (name, kind) in new[]
        {
            ("introduced", OsvEventKind.Introduced), ("fixed", OsvEventKind.Fixed), ("last_affected", OsvEventKind.LastAffected), ("limit", OsvEventKind.Limit),
        })
        {
            if (String(element, pointer, name) is not { } version)
            {
                continue;
            }

            if (found is not null)
            {
                diagnostics.Add(new JsonDiagnostic(pointer, "an event has exactly one of introduced, fixed, last_affected and limit"));
                return null;
            }

            found = new OsvEvent(kind, version);
        }

        if (found is null)
        {
            diagnostics.Add(new JsonDiagnostic(pointer, "an event needs one of introduced, fixed, last_affected and limit"));
        }

        return found;
    }

    private List<OsvSeverity> Severities(JsonElement element, string pointer) =>
        Objects(element, pointer, "severity", (e, p) => String(e, p, "type", true) is { } t && String(e, p, "score", true) is { } s ? new OsvSeverity(t, s) : null);

    private List<T> Objects<T>(JsonElement parent, string pointer, string name, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        var at = JsonInput.Pointer(pointer, name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(at, $"{name} is an array, not {JsonInput.Describe(array.ValueKind)}"));
            return list;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPointer = JsonInput.Pointer(at, index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new JsonDiagnostic(itemPointer, $"an entry of {name} is an object, not {JsonInput.Describe(item.ValueKind)}"));
                continue;
            }

            if (read(item, itemPointer) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private List<string> Strings(JsonElement parent, string pointer, string name)
    {
        var list = new List<string>();
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        var at = JsonInput.Pointer(pointer, name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(at, $"{name} is an array of strings, not {JsonInput.Describe(array.ValueKind)}"));
            return list;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(at, index), $"expected a string, not {JsonInput.Describe(item.ValueKind)}"));
            }

            index++;
        }

        return list;
    }

    private string? String(JsonElement parent, string pointer, string name, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(pointer, name), $"{name} is required"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(pointer, name), $"{name} is a string, not {JsonInput.Describe(value.ValueKind)}"));
            return null;
        }

        return value.GetString();
    }

    private DateTimeOffset? Timestamp(JsonElement parent, string name, bool required = false)
    {
        if (String(parent, string.Empty, name, required) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(string.Empty, name), $"'{text}' is not an RFC 3339 timestamp"));
        return null;
    }

    private JsonElement? Object(JsonElement parent, string pointer, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(pointer, name), $"{name} is an object, not {JsonInput.Describe(value.ValueKind)}"));
            return null;
        }

        return value.Clone();
    }
}
