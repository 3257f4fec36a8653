using System.Text.Json;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// Reads CVE JSON 5.0–5.2 records. Rules: a list entry missing a required member, or with a member of the wrong type or
/// value, is reported and left out; an optional member of the wrong type is reported and read as absent; members the
/// model does not read are kept as raw JSON. The record is refused only when it has no CVE id or no CNA container.
/// </summary>
internal sealed class CveRecordReader
{
    private static readonly string[] CvssMembers = ["cvssV4_0", "cvssV3_1", "cvssV3_0", "cvssV2_0"];

    private static readonly HashSet<string> ContainerMembers =
    [
        "providerMetadata", "title", "dateAssigned", "datePublic", "descriptions", "affected", "problemTypes", "references",
        "metrics", "timeline", "credits", "tags", "rejectedReasons", "replacedBy",
    ];

    private static readonly HashSet<string> ProductMembers =
    [
        "vendor", "product", "collectionURL", "packageName", "repo", "cpes", "modules", "programFiles", "programRoutines",
        "platforms", "defaultStatus", "versions",
    ];

    private readonly List<JsonDiagnostic> diagnostics = [];

    /// <summary>Thrown inside the reader to drop the list entry being read; never escapes <see cref="Read"/>.</summary>
    private sealed class DropEntry : Exception
    {
    }

    public static JsonLoadResult<CveRecord> Read(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var syntax))
        {
            return new JsonLoadResult<CveRecord>(null, [syntax]);
        }

        using (document)
        {
            var reader = new CveRecordReader();
            var record = reader.Record(document!.RootElement);
            return new JsonLoadResult<CveRecord>(record, reader.diagnostics);
        }
    }

    private CveRecord? Record(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic("", $"a CVE record must be an object, not {JsonInput.Describe(root.ValueKind)}"));
            return null;
        }

        if (OptionalString(root, "dataType", "") is { } type && type != "CVE_RECORD")
        {
            diagnostics.Add(new JsonDiagnostic("/dataType", $"'{type}' is not CVE_RECORD"));
        }

        var version = OptionalString(root, "dataVersion", "");
        if (version is null)
        {
            diagnostics.Add(new JsonDiagnostic("/dataVersion", "a CVE record must have a dataVersion"));
        }
        else if (!version.StartsWith("5.", StringComparison.Ordinal))
        {
            diagnostics.Add(new JsonDiagnostic("/dataVersion", $"'{version}' is not a CVE JSON 5 version"));
        }

        var metadata = Try(() => Metadata(Required(root, "cveMetadata", "", JsonValueKind.Object), "/cveMetadata"));
        var containers = Try(() => Required(root, "containers", "", JsonValueKind.Object));
        if (metadata is null || containers is not { } c)
        {
            return null;
        }

        var cna = Try(() => Container(Required(c, "cna", "/containers", JsonValueKind.Object), "/containers/cna"));
        if (cna is null)
        {
            return null;
        }

        return new CveRecord(version ?? "", metadata, cna, List(c, "adp", "/containers", Container));
    }

    private CveMetadata Metadata(JsonElement e, string at)
    {
        var stateText = RequiredString(e, "state", at);
        var state = stateText switch
        {
            "PUBLISHED" => CveRecordState.Published,
            "REJECTED" => CveRecordState.Rejected,
            _ => Invalid<CveRecordState>(JsonInput.Pointer(at, "state"), $"'{stateText}' is not PUBLISHED or REJECTED"),
        };
        int? serial = null;
        if (e.TryGetProperty("serial", out var s))
        {
            serial = s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) ? n : Report<int?>(JsonInput.Pointer(at, "serial"), "must be a whole number", null);
        }

        return new CveMetadata(
            RequiredString(e, "cveId", at),
            RequiredString(e, "assignerOrgId", at),
            OptionalString(e, "assignerShortName", at),
            OptionalString(e, "requesterUserId", at),
            serial,
            state,
            OptionalString(e, "dateReserved", at),
            OptionalString(e, "datePublished", at),
            OptionalString(e, "dateUpdated", at),
            OptionalString(e, "dateRejected", at));
    }

    private CveContainer Container(JsonElement e, string at)
    {
        var provider = Required(e, "providerMetadata", at, JsonValueKind.Object);
        var providerAt = JsonInput.Pointer(at, "providerMetadata");
        var problemTypes = new List<CveProblemType>();
        var groups = List(e, "problemTypes", at, (g, gAt) =>
        {
            Required(g, "descriptions", gAt, JsonValueKind.Array);
            return List(g, "descriptions", gAt, ProblemType);
        });
        for (var i = 0; i < groups.Count; i++)
        {
            problemTypes.AddRange(groups[i].Select(p => p with { Group = i }));
        }

        return new CveContainer(
            new CveProviderMetadata(RequiredString(provider, "orgId", providerAt), OptionalString(provider, "shortName", providerAt), OptionalString(provider, "dateUpdated", providerAt)),
            OptionalString(e, "title", at),
            OptionalString(e, "dateAssigned", at),
            OptionalString(e, "datePublic", at),
            List(e, "descriptions", at, Text),
            List(e, "affected", at, Product),
            new CveValueList<CveProblemType>(problemTypes),
            List(e, "references", at, Reference),
            List(e, "metrics", at, Metric),
            List(e, "timeline", at, (t, tAt) => new CveTimelineEvent(RequiredString(t, "time", tAt), RequiredString(t, "lang", tAt), RequiredString(t, "value", tAt))),
            List(e, "credits", at, (c, cAt) => new CveCredit(RequiredString(c, "lang", cAt), RequiredString(c, "value", cAt), OptionalString(c, "user", cAt), OptionalString(c, "type", cAt))),
            Strings(e, "tags", at),
            List(e, "rejectedReasons", at, Text),
            Strings(e, "replacedBy", at),
            Other(e, ContainerMembers));
    }

    private CveProblemType ProblemType(JsonElement e, string at) => new(
        0,
        RequiredString(e, "lang", at),
        RequiredString(e, "description", at),
        OptionalString(e, "cweId", at),
        OptionalString(e, "type", at),
        List(e, "references", at, Reference));

    private CveReference Reference(JsonElement e, string at) =>
        new(RequiredString(e, "url", at), OptionalString(e, "name", at), Strings(e, "tags", at));

    private CveText Text(JsonElement e, string at) => new(
        RequiredString(e, "lang", at),
        RequiredString(e, "value", at),
        List(e, "supportingMedia", at, (m, mAt) => new CveSupportingMedia(
            RequiredString(m, "type", mAt),
            m.TryGetProperty("base64", out var b) && b.ValueKind == JsonValueKind.True,
            RequiredString(m, "value", mAt))));

    private CveProduct Product(JsonElement e, string at)
    {
        CveVersionStatus? defaultStatus = OptionalString(e, "defaultStatus", at) is { } d ? Status(d, JsonInput.Pointer(at, "defaultStatus"), optional: true) : null;
        return new CveProduct(
            OptionalString(e, "vendor", at),
            OptionalString(e, "product", at),
            OptionalString(e, "collectionURL", at),
            OptionalString(e, "packageName", at),
            OptionalString(e, "repo", at),
            Strings(e, "cpes", at),
            Strings(e, "modules", at),
            Strings(e, "programFiles", at),
            List(e, "programRoutines", at, (r, rAt) => RequiredString(r, "name", rAt)),
            Strings(e, "platforms", at),
            defaultStatus,
            List(e, "versions", at, Version),
            Other(e, ProductMembers));
    }

    private CveVersion Version(JsonElement e, string at) => new(
        RequiredString(e, "version", at),
        Status(RequiredString(e, "status", at), JsonInput.Pointer(at, "status"), optional: false)!.Value,
        OptionalString(e, "lessThan", at),
        OptionalString(e, "lessThanOrEqual", at),
        OptionalString(e, "versionType", at),
        List(e, "changes", at, (c, cAt) => new CveVersionChange(
            RequiredString(c, "at", cAt), Status(RequiredString(c, "status", cAt), JsonInput.Pointer(cAt, "status"), optional: false)!.Value)));

    private CveVersionStatus? Status(string text, string at, bool optional) => text switch
    {
        "affected" => CveVersionStatus.Affected,
        "unaffected" => CveVersionStatus.Unaffected,
        "unknown" => CveVersionStatus.Unknown,
        _ when optional => Report<CveVersionStatus?>(at, $"'{text}' is not affected, unaffected or unknown", null),
        _ => Invalid<CveVersionStatus>(at, $"'{text}' is not affected, unaffected or unknown"),
    };

    private CveMetric Metric(JsonElement e, string at)
    {
        var cvss = new List<CveCvssMetric>();
        foreach (var member in CvssMembers)
        {
            if (!e.TryGetProperty(member, out var value))
            {
                continue;
            }

            var memberAt = JsonInput.Pointer(at, member);
            if (value.ValueKind != JsonValueKind.Object)
            {
                Report<object>(memberAt, $"must be an object, not {JsonInput.Describe(value.ValueKind)}", null);
                continue;
            }

            var vectorString = RequiredString(value, "vectorString", memberAt);
            CvssVector? vector = null;
            if (CvssVector.TryParse(vectorString, out var parsed, out var error))
            {
                vector = parsed;
            }
            else
            {
                diagnostics.Add(new JsonDiagnostic(JsonInput.Pointer(memberAt, "vectorString"), $"not a valid CVSS vector: {error}"));
            }

            decimal? score = value.TryGetProperty("baseScore", out var b) && b.ValueKind == JsonValueKind.Number && b.TryGetDecimal(out var d) ? d : null;
            cvss.Add(new CveCvssMetric(member, vectorString, score, OptionalString(value, "baseSeverity", memberAt), vector, value.GetRawText()));
        }

        string? otherType = null, otherContent = null;
        if (e.TryGetProperty("other", out var other))
        {
            var otherAt = JsonInput.Pointer(at, "other");
            if (other.ValueKind != JsonValueKind.Object)
            {
                Report<object>(otherAt, $"must be an object, not {JsonInput.Describe(other.ValueKind)}", null);
            }
            else
            {
                otherType = RequiredString(other, "type", otherAt);
                otherContent = Required(other, "content", otherAt, JsonValueKind.Object).GetRawText();
            }
        }

        return new CveMetric(OptionalString(e, "format", at), List(e, "scenarios", at, Text), new CveValueList<CveCvssMetric>(cvss), otherType, otherContent);
    }

    private CveValueList<T> List<T>(JsonElement e, string name, string at, Func<JsonElement, string, T> read)
    {
        var list = new List<T>();
        if (!e.TryGetProperty(name, out var array))
        {
            return new(list);
        }

        var arrayAt = JsonInput.Pointer(at, name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            Report<object>(arrayAt, $"must be an array, not {JsonInput.Describe(array.ValueKind)}", null);
            return new(list);
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemAt = JsonInput.Pointer(arrayAt, i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                Report<object>(itemAt, $"must be an object, not {JsonInput.Describe(item.ValueKind)}; left out", null);
                continue;
            }

            var count = diagnostics.Count;
            try
            {
                list.Add(read(item, itemAt));
            }
            catch (DropEntry)
            {
                diagnostics.Insert(count, new JsonDiagnostic(itemAt, "left out: " + string.Join("; ", diagnostics.Skip(count).Select(d => d.ToString()))));
                diagnostics.RemoveRange(count + 1, diagnostics.Count - count - 1);
            }
        }

        return new(list);
    }

    private CveValueList<string> Strings(JsonElement e, string name, string at)
    {
        var list = new List<string>();
        if (!e.TryGetProperty(name, out var array))
        {
            return new(list);
        }

        var arrayAt = JsonInput.Pointer(at, name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            return Report(arrayAt, $"must be an array, not {JsonInput.Describe(array.ValueKind)}", new CveValueList<string>(list))!;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Report<object>(JsonInput.Pointer(arrayAt, i), $"must be a string, not {JsonInput.Describe(item.ValueKind)}; left out", null);
            }

            i++;
        }

        return new(list);
    }

    private static CveValueMap Other(JsonElement e, HashSet<string> known)
    {
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (!known.Contains(p.Name))
            {
                other[p.Name] = p.Value.GetRawText();
            }
        }

        return new(other);
    }

    private JsonElement Required(JsonElement e, string name, string at, JsonValueKind kind)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return Invalid<JsonElement>(JsonInput.Pointer(at, name), "missing");
        }

        return value.ValueKind == kind ? value
            : Invalid<JsonElement>(JsonInput.Pointer(at, name), $"must be {(kind == JsonValueKind.Object ? "an object" : "an array")}, not {JsonInput.Describe(value.ValueKind)}");
    }

    private string RequiredString(JsonElement e, string name, string at)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return Invalid<string>(JsonInput.Pointer(at, name), "missing");
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()!
            : Invalid<string>(JsonInput.Pointer(at, name), $"must be a string, not {JsonInput.Describe(value.ValueKind)}");
    }

    private string? OptionalString(JsonElement e, string name, string at)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()
            : Report<string>(JsonInput.Pointer(at, name), $"must be a string, not {JsonInput.Describe(value.ValueKind)}; read as absent", null);
    }

    private T? Report<T>(string at, string reason, T? value)
    {
        diagnostics.Add(new JsonDiagnostic(at, reason));
        return value;
    }

    private T Invalid<T>(string at, string reason)
    {
        diagnostics.Add(new JsonDiagnostic(at, reason));
        throw new DropEntry();
    }

    private static T? Try<T>(Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (DropEntry)
        {
            return null;
        }
    }

    private static JsonElement? Try(Func<JsonElement> read)
    {
        try
        {
            return read();
        }
        catch (DropEntry)
        {
            return null;
        }
    }
}
