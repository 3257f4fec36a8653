using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Osv;

/// <summary>Builds an <see cref="OsvRecord"/> from a JSON element, leaving out bad fields with a diagnostic each.</summary>
internal sealed class OsvRecordReader
{
    private static readonly (string Name, OsvEventKind Kind)[] EventKinds =
    [
        ("introduced", OsvEventKind.Introduced), ("fixed", OsvEventKind.Fixed), ("last_affected", OsvEventKind.LastAffected), ("limit", OsvEventKind.Limit),
    ];

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

        var id = String(root, JsonPath.Root, "id", required: true);
        if (id is null)
        {
            return null;
        }

        return new OsvRecord(
            id,
            String(root, JsonPath.Root, "schema_version"),
            Timestamp(root, "modified", required: true),
            Timestamp(root, "published"),
            Timestamp(root, "withdrawn"),
            Strings(root, JsonPath.Root, "aliases"),
            Strings(root, JsonPath.Root, "related"),
            Strings(root, JsonPath.Root, "upstream"),
            String(root, JsonPath.Root, "summary"),
            String(root, JsonPath.Root, "details"),
            Severities(root, JsonPath.Root),
            Objects(root, JsonPath.Root, "affected", Affected),
            Objects(root, JsonPath.Root, "references", (e, p) => String(e, p, "type", true) is { } t && String(e, p, "url", true) is { } u ? new OsvReference(t, u) : null),
            Objects(root, JsonPath.Root, "credits", (e, p) => String(e, p, "name", true) is { } n ? new OsvCredit(n, Strings(e, p, "contact"), String(e, p, "type")) : null),
            Object(root, JsonPath.Root, "database_specific"));
    }

    private OsvAffected? Affected(JsonElement element, JsonPath pointer)
    {
        OsvPackage? package = null;
        if (element.TryGetProperty("package", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var at = pointer["package"];
            var ecosystem = String(p, at, "ecosystem", required: true);
            var name = String(p, at, "name", required: true);
            package = ecosystem is not null && name is not null ? new OsvPackage(ecosystem, name, String(p, at, "purl")) : null;
        }
        else if (element.TryGetProperty("package", out p))
        {
            diagnostics.Add(new JsonDiagnostic(pointer["package"].ToString(), $"package is an object, not {JsonInput.Describe(p.ValueKind)}"));
        }

        return new OsvAffected(
            package,
            Severities(element, pointer),
            Objects(element, pointer, "ranges", Range),
            Strings(element, pointer, "versions"),
            Object(element, pointer, "ecosystem_specific"),
            Object(element, pointer, "database_specific"));
    }

    private OsvRange? Range(JsonElement element, JsonPath pointer)
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
            diagnostics.Add(new JsonDiagnostic(pointer["events"].ToString(), "a range needs at least one introduced event"));
        }

        return new OsvRange(type, typeName, String(element, pointer, "repo"), events, Object(element, pointer, "database_specific"));
    }

    private OsvEvent? Event(JsonElement element, JsonPath pointer)
    {
        OsvEvent? found = null;
        foreach (var (name, kind) in EventKinds)
        {
            if (String(element, pointer, name) is not { } version)
            {
                continue;
            }

            if (found is not null)
            {
                diagnostics.Add(new JsonDiagnostic(pointer.ToString(), "an event has exactly one of introduced, fixed, last_affected and limit"));
                return null;
            }

            found = new OsvEvent(kind, version);
        }

        if (found is null)
        {
            diagnostics.Add(new JsonDiagnostic(pointer.ToString(), "an event needs one of introduced, fixed, last_affected and limit"));
        }

        return found;
    }

    private List<OsvSeverity> Severities(JsonElement element, JsonPath pointer) =>
        Objects(element, pointer, "severity", (e, p) => String(e, p, "type", true) is { } t && String(e, p, "score", true) is { } s ? new OsvSeverity(t, s) : null);

    private List<T> Objects<T>(JsonElement parent, JsonPath pointer, string name, Func<JsonElement, JsonPath, T?> read)
        where T : class
    {
        var list = new List<T>();
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        var at = pointer[name];
        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(at.ToString(), $"{name} is an array, not {JsonInput.Describe(array.ValueKind)}"));
            return list;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPointer = at[index++];
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new JsonDiagnostic(itemPointer.ToString(), $"an entry of {name} is an object, not {JsonInput.Describe(item.ValueKind)}"));
                continue;
            }

            if (read(item, itemPointer) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private List<string> Strings(JsonElement parent, JsonPath pointer, string name)
    {
        var list = new List<string>();
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        var at = pointer[name];
        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new JsonDiagnostic(at.ToString(), $"{name} is an array of strings, not {JsonInput.Describe(array.ValueKind)}"));
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
                diagnostics.Add(new JsonDiagnostic(at[index].ToString(), $"expected a string, not {JsonInput.Describe(item.ValueKind)}"));
            }

            index++;
        }

        return list;
    }

    private string? String(JsonElement parent, JsonPath pointer, string name, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                diagnostics.Add(new JsonDiagnostic(pointer[name].ToString(), $"{name} is required"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Add(new JsonDiagnostic(pointer[name].ToString(), $"{name} is a string, not {JsonInput.Describe(value.ValueKind)}"));
            return null;
        }

        return value.GetString();
    }

    private DateTimeOffset? Timestamp(JsonElement parent, string name, bool required = false)
    {
        if (String(parent, JsonPath.Root, name, required) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        diagnostics.Add(new JsonDiagnostic(JsonPath.Root[name].ToString(), $"'{text}' is not an RFC 3339 timestamp"));
        return null;
    }

    private JsonElement? Object(JsonElement parent, JsonPath pointer, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic(pointer[name].ToString(), $"{name} is an object, not {JsonInput.Describe(value.ValueKind)}"));
            return null;
        }

        return value.Clone();
    }
}
