using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Remediation;

/// <summary>Reads and checks a remediation policy document (docs/guide/remediation-policies.md).</summary>
internal static partial class RemediationPolicyReader
{
    /// <summary>The format this reader knows; a document of another format is refused, not guessed at.</summary>
    public const string Format = "clearinghouse.remediation-policy/1";

    /// <summary>Ten years: more is a typing error, not a remediation timeline.</summary>
    private const int MaxDays = 3650;

    private static readonly string[] SsvcOnlyProperties = ["decisionTable", "timelines"];

    public static JsonLoadResult<RemediationPolicy> Read(ReadOnlyMemory<byte> utf8, IEnumerable<SsvcDecisionTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (!JsonInput.TryParse(utf8, out var document, out var syntax))
        {
            return new JsonLoadResult<RemediationPolicy>(null, [syntax]);
        }

        using (document)
        {
            var diagnostics = new List<JsonDiagnostic>();
            var policy = Read(document!.RootElement, tables, diagnostics);
            return new JsonLoadResult<RemediationPolicy>(diagnostics.Count == 0 ? policy : null, diagnostics);
        }
    }

    private static RemediationPolicy? Read(JsonElement root, IEnumerable<SsvcDecisionTable> tables, List<JsonDiagnostic> diagnostics)
    {
        void Error(string at, string reason) => diagnostics.Add(new JsonDiagnostic(at, reason));
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("", $"a policy document is a JSON object, not {JsonInput.Describe(root.ValueKind)}");
            return null;
        }

        var format = Text(root, "format", diagnostics);
        if (format is not null && format != Format)
        {
            Error("/format", $"'{format}' is not a policy format this reader knows ({Format})");
        }

        var id = Text(root, "id", diagnostics);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error("/id", $"'{id}' is not a policy id: lower-case letters, digits and single hyphens, e.g. cisa-bod-26-04");
        }

        var version = Text(root, "version", diagnostics);
        if (version is not null && !VersionPattern().IsMatch(version))
        {
            Error("/version", $"'{version}' is not a version (MAJOR.MINOR.PATCH)");
        }

        var name = Text(root, "name", diagnostics);
        var description = Text(root, "description", diagnostics, required: false) ?? "";
        var basisText = Text(root, "basis", diagnostics);
        RemediationBasis? basis = basisText switch
        {
            null => null,
            "kev-due-date" => RemediationBasis.KevDueDate,
            "ssvc-table" => RemediationBasis.SsvcTable,
            _ => null,
        };
        if (basisText is not null && basis is null)
        {
            Error("/basis", $"'{basisText}' is not a basis: kev-due-date or ssvc-table");
        }

        SsvcDecisionTable? table = null;
        var timelines = new Dictionary<string, RemediationTimeline>(StringComparer.Ordinal);
        if (basis == RemediationBasis.KevDueDate)
        {
            foreach (var unused in SsvcOnlyProperties.Where(p => root.TryGetProperty(p, out _)))
            {
                Error("/" + unused, "a kev-due-date policy takes its dates from the KEV entry; it has no " + unused);
            }
        }
        else if (basis == RemediationBasis.SsvcTable)
        {
            table = Table(root, tables, diagnostics);
            if (table is not null)
            {
                ReadTimelines(root, table, timelines, diagnostics);
            }
        }

        return diagnostics.Count > 0 ? null : new RemediationPolicy(id!, version!, name!, description, basis!.Value, table, timelines);
    }

    private static SsvcDecisionTable? Table(JsonElement root, IEnumerable<SsvcDecisionTable> tables, List<JsonDiagnostic> diagnostics)
    {
        var tableId = Text(root, "decisionTable", diagnostics);
        if (tableId is null)
        {
            return null;
        }

        var candidates = tables.ToList();
        var table = candidates.FirstOrDefault(t => string.Equals(t.Id, tableId, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            diagnostics.Add(new JsonDiagnostic("/decisionTable", $"the decision table '{tableId}' is not among the tables given"
                + (candidates.Count == 0 ? " (none were given)" : $" ({string.Join(", ", candidates.Select(t => t.Id))})")));
        }

        return table;
    }

    private static void ReadTimelines(JsonElement root, SsvcDecisionTable table, Dictionary<string, RemediationTimeline> timelines, List<JsonDiagnostic> diagnostics)
    {
        void Error(string at, string reason) => diagnostics.Add(new JsonDiagnostic(at, reason));
        if (!root.TryGetProperty("timelines", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            Error("/timelines", "missing: an ssvc-table policy gives a timeline for each outcome of its table, keyed by the outcome's value key");
            return;
        }

        foreach (var member in element.EnumerateObject())
        {
            var at = JsonInput.Pointer("/timelines", member.Name);
            var outcome = table.Outcome.Values.FirstOrDefault(v => v.Key == member.Name);
            if (outcome is null)
            {
                Error(at, $"'{member.Name}' is not an outcome key of {table.Outcome}; its keys are {string.Join(", ", table.Outcome.Values.Select(v => v.Key))}");
                continue;
            }

            if (timelines.ContainsKey(member.Name))
            {
                Error(at, "this outcome has two timelines");
                continue;
            }

            var timeline = member.Value;
            if (timeline.ValueKind != JsonValueKind.Object)
            {
                Error(at, $"a timeline is an object with days, not {JsonInput.Describe(timeline.ValueKind)}");
                continue;
            }

            int? days = null;
            if (!timeline.TryGetProperty("days", out var d))
            {
                Error(at + "/days", $"missing: the days {outcome.Name} allows, or null for no fixed date");
                continue;
            }

            if (d.ValueKind != JsonValueKind.Null)
            {
                if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out var n) || n < 0 || n > MaxDays)
                {
                    Error(at + "/days", $"must be a whole number of days from 0 to {MaxDays}, or null");
                    continue;
                }

                days = n;
            }

            var forensic = false;
            if (timeline.TryGetProperty("forensicTriage", out var f))
            {
                if (f.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Error(at + "/forensicTriage", $"must be true or false, not {JsonInput.Describe(f.ValueKind)}");
                    continue;
                }

                forensic = f.GetBoolean();
            }

            var rationale = Text(timeline, "rationale", diagnostics, required: false, at) ?? "";
            timelines[member.Name] = new RemediationTimeline(member.Name, days, forensic, rationale);
        }

        foreach (var missing in table.Outcome.Values.Where(v => !timelines.ContainsKey(v.Key) && !element.TryGetProperty(v.Key, out _)))
        {
            Error("/timelines", $"no timeline for the outcome {missing.Name} ({missing.Key})");
        }
    }

    private static string? Text(JsonElement element, string property, List<JsonDiagnostic> diagnostics, bool required = true, string at = "")
    {
        var propertyAt = JsonInput.Pointer(at, property);
        if (!element.TryGetProperty(property, out var value))
        {
            if (required)
            {
                diagnostics.Add(new JsonDiagnostic(propertyAt, "missing"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
        {
            diagnostics.Add(new JsonDiagnostic(propertyAt, value.ValueKind == JsonValueKind.String ? "must not be empty" : $"must be a string, not {JsonInput.Describe(value.ValueKind)}"));
            return null;
        }

        return value.GetString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
