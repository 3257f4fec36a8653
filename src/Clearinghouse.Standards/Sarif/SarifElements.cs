using System.Globalization;
using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Sarif;

/// <summary>
/// Turns parsed SARIF objects into the model. A member of the wrong JSON type, a level or kind that is not one of SARIF's
/// values, or a negative index or line is an error at its pointer, and the member is read as absent; the caller decides
/// what an error costs (a result with any error is skipped; a run member keeps what could be read).
/// </summary>
internal sealed class SarifElements(List<JsonDiagnostic> errors)
{
    public SarifResult Result(JsonElement e, JsonPath at, int runIndex, int index, SarifRun run)
    {
        var rule = Object(e, "rule", at, DescriptorReference);
        var ruleId = String(e, "ruleId", at) ?? rule?.Id;
        var ruleIndex = Int(e, "ruleIndex", at, min: -1) ?? rule?.Index;
        if (ruleIndex == -1)
        {
            ruleIndex = null; // -1 is SARIF's "no index" default
        }

        var message = Object(e, "message", at, Message);
        if (message is null && !e.TryGetProperty("message", out _))
        {
            errors.Add(new JsonDiagnostic(at["message"].ToString(), "a result must have a message"));
        }

        message ??= new SarifMessage(null, null, null, []);
        var result = new SarifResult(
            runIndex,
            index,
            ruleId,
            ruleIndex,
            rule,
            Enum(e, "level", at, LevelOf),
            Enum(e, "kind", at, KindOf),
            message,
            null,
            Array(e, "locations", at, Location),
            Array(e, "relatedLocations", at, Location),
            Array(e, "codeFlows", at, CodeFlow),
            StringMap(e, "fingerprints", at),
            StringMap(e, "partialFingerprints", at),
            Array(e, "taxa", at, DescriptorReference),
            String(e, "guid", at),
            Properties(e));
        if (result.RuleId is null && result.RuleIndex is { } i && run.Driver is { } driver && i < driver.Rules.Count && result.Rule?.ToolComponentIndex is null)
        {
            result = result with { RuleId = driver.Rules[i].Id };
        }

        return result with { MessageText = Resolve(message, run.RuleOf(result)) };
    }

    /// <summary>§3.11.5–3.11.7: plain text wins; otherwise the rule's message string with {n} filled in and {{ }} unescaped.</summary>
    public static string? Resolve(SarifMessage message, SarifReportingDescriptor? rule)
    {
        if (message.Text is not null)
        {
            return message.Text;
        }

        if (message.Id is null || rule is null || !rule.MessageStrings.TryGetValue(message.Id, out var template))
        {
            return null;
        }

        var text = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{' && template.IndexOf('}', i) is > 0 and var close
                && int.TryParse(template.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                text.Append(n < message.Arguments.Count ? message.Arguments[n] : template[i..(close + 1)]);
                i = close;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public SarifToolComponent ToolComponent(JsonElement e, JsonPath at)
    {
        var name = String(e, "name", at);
        if (name is null)
        {
            errors.Add(new JsonDiagnostic(at["name"].ToString(), "a tool component must have a name"));
        }

        return new SarifToolComponent(
            name ?? "",
            String(e, "version", at),
            String(e, "semanticVersion", at),
            String(e, "organization", at),
            String(e, "informationUri", at),
            Array(e, "rules", at, Descriptor),
            Array(e, "taxa", at, Descriptor));
    }

    public SarifReportingDescriptor Descriptor(JsonElement e, JsonPath at)
    {
        var id = String(e, "id", at);
        if (id is null)
        {
            errors.Add(new JsonDiagnostic(at["id"].ToString(), "a rule or taxon must have an id"));
        }

        var messageStrings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Member(e, "messageStrings", at, JsonValueKind.Object) is { } strings)
        {
            foreach (var p in strings.EnumerateObject())
            {
                if (Object(strings, p.Name, at["messageStrings"], Message) is { Text: { } text })
                {
                    messageStrings[p.Name] = text;
                }
            }
        }

        var level = Object(e, "defaultConfiguration", at, (c, p) => Enum(c, "level", p, LevelOf));
        var properties = Properties(e);
        IReadOnlyList<string> tags = [];
        string? securitySeverity = null;
        if (properties is { ValueKind: JsonValueKind.Object } bag)
        {
            var bagAt = at["properties"];
            tags = Array(bag, "tags", bagAt, (t, p) => t.ValueKind == JsonValueKind.String ? t.GetString()! : Wrong<string>(p, "a string", t)!)
                .Where(t => t is not null).ToArray();
            if (bag.TryGetProperty("security-severity", out var s))
            {
                securitySeverity = s.ValueKind switch
                {
                    JsonValueKind.String => s.GetString(),
                    JsonValueKind.Number => s.GetRawText(),
                    _ => Wrong<string>(bagAt["security-severity"], "a string", s),
                };
            }
        }

        return new SarifReportingDescriptor(
            id ?? "",
            String(e, "name", at),
            String(e, "guid", at),
            Object(e, "shortDescription", at, Message)?.Text,
            Object(e, "fullDescription", at, Message)?.Text,
            String(e, "helpUri", at),
            messageStrings,
            level,
            Array(e, "relationships", at, Relationship),
            tags,
            securitySeverity,
            properties);
    }

    public SarifArtifact Artifact(JsonElement e, JsonPath at)
    {
        var hashes = StringMap(e, "hashes", at);
        return new SarifArtifact(
            Object(e, "location", at, ArtifactLocation),
            String(e, "mimeType", at),
            Long(e, "length", at),
            Array(e, "roles", at, (r, p) => r.ValueKind == JsonValueKind.String ? r.GetString()! : Wrong<string>(p, "a string", r)!).Where(r => r is not null).ToArray(),
            hashes);
    }

    public SarifInvocation Invocation(JsonElement e, JsonPath at) => new(
        Bool(e, "executionSuccessful", at) ?? false,
        String(e, "commandLine", at),
        String(e, "startTimeUtc", at),
        String(e, "endTimeUtc", at),
        Int(e, "exitCode", at, min: int.MinValue),
        Object(e, "workingDirectory", at, ArtifactLocation)?.Uri);

    public SarifArtifactLocation ArtifactLocation(JsonElement e, JsonPath at) =>
        new(String(e, "uri", at), String(e, "uriBaseId", at), NoIndex(Int(e, "index", at, min: -1)));

    public SarifLogicalLocation LogicalLocation(JsonElement e, JsonPath at) => new(
        String(e, "name", at), String(e, "fullyQualifiedName", at), String(e, "decoratedName", at), String(e, "kind", at),
        NoIndex(Int(e, "index", at, min: -1)));

    public IReadOnlyList<T> Array<T>(JsonElement e, string name, JsonPath at, Func<JsonElement, JsonPath, T> read)
    {
        return Member(e, name, at, JsonValueKind.Array) is { } array ? Items(array, at[name], read) : [];
    }

    public IReadOnlyList<T> Items<T>(JsonElement array, JsonPath pointer, Func<JsonElement, JsonPath, T> read)
    {
        var list = new List<T>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemAt = pointer[i++];
            if (typeof(T) != typeof(string) && item.ValueKind != JsonValueKind.Object)
            {
                Wrong<object>(itemAt, "an object", item);
                continue;
            }

            list.Add(read(item, itemAt));
        }

        return list;
    }

    public T? Object<T>(JsonElement e, string name, JsonPath at, Func<JsonElement, JsonPath, T> read)
        where T : class =>
        Member(e, name, at, JsonValueKind.Object) is { } value ? read(value, at[name]) : null;

    public T? Object<T>(JsonElement e, string name, JsonPath at, Func<JsonElement, JsonPath, T?> read)
        where T : struct =>
        Member(e, name, at, JsonValueKind.Object) is { } value ? read(value, at[name]) : null;

    public IReadOnlyDictionary<string, string> StringMap(JsonElement e, string name, JsonPath at)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Member(e, name, at, JsonValueKind.Object) is { } value)
        {
            foreach (var p in value.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String)
                {
                    map[p.Name] = p.Value.GetString()!;
                }
                else
                {
                    Wrong<string>(at[name][p.Name], "a string", p.Value);
                }
            }
        }

        return map;
    }

    public static JsonElement? Properties(JsonElement e) =>
        e.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : null;

    public string? String(JsonElement e, string name, JsonPath at) =>
        Member(e, name, at, JsonValueKind.String)?.GetString();

    private SarifMessage Message(JsonElement e, JsonPath at) => new(
        String(e, "text", at),
        String(e, "markdown", at),
        String(e, "id", at),
        Array(e, "arguments", at, (a, p) => a.ValueKind == JsonValueKind.String ? a.GetString()! : Wrong<string>(p, "a string", a) ?? ""));

    private SarifLocation Location(JsonElement e, JsonPath at) => new(
        NoIndex(Int(e, "id", at, min: -1)),
        Object(e, "physicalLocation", at, PhysicalLocation),
        Array(e, "logicalLocations", at, LogicalLocation),
        Object(e, "message", at, Message));

    private SarifPhysicalLocation PhysicalLocation(JsonElement e, JsonPath at) =>
        new(Object(e, "artifactLocation", at, ArtifactLocation), Object(e, "region", at, Region), Object(e, "contextRegion", at, Region));

    private SarifRegion Region(JsonElement e, JsonPath at) => new(
        Int(e, "startLine", at, min: 1),
        Int(e, "startColumn", at, min: 1),
        Int(e, "endLine", at, min: 1),
        Int(e, "endColumn", at, min: 1),
        NoIndex(Int(e, "charOffset", at, min: -1)),
        Int(e, "charLength", at, min: 0),
        NoIndex(Int(e, "byteOffset", at, min: -1)),
        Int(e, "byteLength", at, min: 0),
        Member(e, "snippet", at, JsonValueKind.Object) is { } snippet ? String(snippet, "text", at["snippet"]) : null);

    private SarifCodeFlow CodeFlow(JsonElement e, JsonPath at) =>
        new(Object(e, "message", at, Message), Array(e, "threadFlows", at, ThreadFlow));

    private SarifThreadFlow ThreadFlow(JsonElement e, JsonPath at) =>
        new(String(e, "id", at), Object(e, "message", at, Message), Array(e, "locations", at, ThreadFlowLocation));

    private SarifThreadFlowLocation ThreadFlowLocation(JsonElement e, JsonPath at) => new(
        Object(e, "location", at, Location),
        Int(e, "nestingLevel", at, min: 0),
        NoIndex(Int(e, "executionOrder", at, min: -1)),
        String(e, "importance", at));

    private SarifRelationship Relationship(JsonElement e, JsonPath at)
    {
        var target = Object(e, "target", at, DescriptorReference);
        if (target is null && !e.TryGetProperty("target", out _))
        {
            errors.Add(new JsonDiagnostic(at["target"].ToString(), "a relationship must have a target"));
        }

        return new SarifRelationship(
            target ?? new SarifDescriptorReference(null, null, null, null, null),
            Array(e, "kinds", at, (k, p) => k.ValueKind == JsonValueKind.String ? k.GetString()! : Wrong<string>(p, "a string", k) ?? ""));
    }

    private SarifDescriptorReference DescriptorReference(JsonElement e, JsonPath at)
    {
        var component = Member(e, "toolComponent", at, JsonValueKind.Object);
        var componentAt = at["toolComponent"];
        return new SarifDescriptorReference(
            String(e, "id", at),
            NoIndex(Int(e, "index", at, min: -1)),
            String(e, "guid", at),
            component is { } c ? String(c, "name", componentAt) : null,
            component is { } d ? NoIndex(Int(d, "index", componentAt, min: -1)) : null);
    }

    private JsonElement? Member(JsonElement e, string name, JsonPath at, JsonValueKind kind)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            Wrong<object>(at[name], kind == JsonValueKind.Object ? "an object" : kind == JsonValueKind.Array ? "an array" : "a string", value);
            return null;
        }

        return value;
    }

    private int? Int(JsonElement e, string name, JsonPath at, int min)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var n))
        {
            Wrong<object>(at[name], "a whole number", value);
            return null;
        }

        if (n < min)
        {
            errors.Add(new JsonDiagnostic(at[name].ToString(), string.Create(CultureInfo.InvariantCulture, $"{n} is below the minimum {min}")));
            return null;
        }

        return n;
    }

    private long? Long(JsonElement e, string name, JsonPath at)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n))
        {
            return Wrong<object>(at[name], "a whole number", value) is null ? null : 0;
        }

        return n;
    }

    private bool? Bool(JsonElement e, string name, JsonPath at)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Wrong<object>(at[name], "a boolean", value);
        return null;
    }

    private T? Enum<T>(JsonElement e, string name, JsonPath at, Func<string, T?> parse)
        where T : struct
    {
        if (String(e, name, at) is not { } text)
        {
            return null;
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        errors.Add(new JsonDiagnostic(at[name].ToString(), $"'{text}' is not a SARIF {name}"));
        return null;
    }

    private T? Wrong<T>(JsonPath at, string expected, JsonElement value)
        where T : class
    {
        errors.Add(new JsonDiagnostic(at.ToString(), $"must be {expected}, not {JsonInput.Describe(value.ValueKind)}"));
        return null;
    }

    private static int? NoIndex(int? index) => index == -1 ? null : index;

    private static SarifLevel? LevelOf(string text) => text switch
    {
        "none" => SarifLevel.None,
        "note" => SarifLevel.Note,
        "warning" => SarifLevel.Warning,
        "error" => SarifLevel.Error,
        _ => null,
    };

    private static SarifResultKind? KindOf(string text) => text switch
    {
        "fail" => SarifResultKind.Fail,
        "pass" => SarifResultKind.Pass,
        "open" => SarifResultKind.Open,
        "informational" => SarifResultKind.Informational,
        "notApplicable" => SarifResultKind.NotApplicable,
        "review" => SarifResultKind.Review,
        _ => null,
    };
}
