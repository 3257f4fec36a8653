using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// Reads and checks a DecisionTable 2.0.0 document: every decision point with unique value keys and names, an outcome
/// that is one of them, and a mapping whose rows name every decision point with one of its values and cover every
/// combination of input values exactly once. Every problem is reported, not just the first.
/// </summary>
internal sealed class SsvcDecisionTableReader
{
    /// <summary>More combinations than this is not a decision table a person could review; refused rather than allocated.</summary>
    private const long MaxCombinations = 1_000_000;

    /// <summary>A table with many gaps names the first few missing combinations and counts the rest.</summary>
    private const int MissingCombinationsShown = 10;

    private readonly List<JsonDiagnostic> diagnostics = [];

    public static JsonLoadResult<SsvcDecisionTable> Read(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var syntax))
        {
            return new JsonLoadResult<SsvcDecisionTable>(null, [syntax]);
        }

        using (document)
        {
            var reader = new SsvcDecisionTableReader();
            var table = reader.ReadTable(document!.RootElement);
            return new JsonLoadResult<SsvcDecisionTable>(reader.diagnostics.Count == 0 ? table : null, reader.diagnostics);
        }
    }

    private SsvcDecisionTable? ReadTable(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("", $"a decision table is a JSON object, not {JsonInput.Describe(root.ValueKind)}");
            return null;
        }

        var schemaVersion = String(root, "", "schemaVersion");
        if (schemaVersion is not null && schemaVersion != "2.0.0")
        {
            Error("/schemaVersion", $"schema version '{schemaVersion}' is not supported; this reader knows DecisionTable 2.0.0");
        }

        var ns = String(root, "", "namespace");
        var key = String(root, "", "key");
        var version = String(root, "", "version", required: false) ?? "0.0.1";
        var name = String(root, "", "name");
        var definition = String(root, "", "definition", required: false) ?? "";
        var points = DecisionPoints(root);
        var outcomeKey = String(root, "", "outcome");
        SsvcDecisionPoint? outcome = null;
        if (outcomeKey is not null && points is not null && !points.TryGetValue(outcomeKey, out outcome))
        {
            Error("/outcome", $"'{outcomeKey}' is not one of the decision points ({string.Join(", ", points.Keys)})");
        }

        if (points is null || outcome is null)
        {
            return null;
        }

        var inputs = points.Where(p => !ReferenceEquals(p.Value, outcome)).ToList();
        if (inputs.Count == 0)
        {
            Error("/decision_points", "a decision table needs at least one input decision point besides the outcome");
            return null;
        }

        var combinations = inputs.Aggregate(1L, (n, p) => Math.Min(n * p.Value.Values.Count, MaxCombinations + 1));
        if (combinations > MaxCombinations)
        {
            Error("/decision_points", $"the inputs have more than {MaxCombinations:N0} combinations of values");
            return null;
        }

        var mapping = Mapping(root, inputs, outcomeKey!, outcome, (int)combinations);
        return mapping is null || diagnostics.Count > 0 || ns is null || key is null || name is null
            ? null
            : new SsvcDecisionTable(ns, key, version, name, definition, [.. inputs.Select(p => p.Value)], outcome, mapping);
    }

    /// <summary>The decision points by the member name the mapping uses (SSVC recommends the id, <c>ssvc:E:1.1.0</c>).</summary>
    private Dictionary<string, SsvcDecisionPoint>? DecisionPoints(JsonElement root)
    {
        if (!root.TryGetProperty("decision_points", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            Error("/decision_points", element.ValueKind == JsonValueKind.Undefined
                ? "missing: a decision table lists its decision points"
                : $"must be an object keyed by decision point id, not {JsonInput.Describe(element.ValueKind)}");
            return null;
        }

        var points = new Dictionary<string, SsvcDecisionPoint>(StringComparer.Ordinal);
        var ok = true;
        foreach (var member in element.EnumerateObject())
        {
            var at = JsonInput.Pointer("/decision_points", member.Name);
            if (points.ContainsKey(member.Name))
            {
                Error(at, "this decision point is listed twice");
                ok = false;
            }
            else if (DecisionPoint(member.Value, at) is { } point)
            {
                points.Add(member.Name, point);
            }
            else
            {
                ok = false;
            }
        }

        if (ok && points.Count == 0)
        {
            Error("/decision_points", "no decision points");
        }

        return ok && points.Count > 0 ? points : null;
    }

    private SsvcDecisionPoint? DecisionPoint(JsonElement element, string at)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(at, $"a decision point is an object, not {JsonInput.Describe(element.ValueKind)}");
            return null;
        }

        var ns = String(element, at, "namespace");
        var key = String(element, at, "key");
        var version = String(element, at, "version", required: false) ?? "0.0.1";
        var name = String(element, at, "name");
        var definition = String(element, at, "definition", required: false) ?? "";
        var valuesAt = at + "/values";
        if (!element.TryGetProperty("values", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            Error(valuesAt, array.ValueKind == JsonValueKind.Array ? "a decision point needs at least one value" : "missing: a decision point lists its values");
            return null;
        }

        var values = new List<SsvcValue>();
        var ok = true;
        foreach (var (item, i) in array.EnumerateArray().Select((item, i) => (item, i)))
        {
            var itemAt = JsonInput.Pointer(valuesAt, i);
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(itemAt, $"a value is an object with a key and a name, not {JsonInput.Describe(item.ValueKind)}");
                ok = false;
                continue;
            }

            var valueKey = String(item, itemAt, "key");
            var valueName = String(item, itemAt, "name");
            if (valueKey is null || valueName is null)
            {
                ok = false;
            }
            else if (values.Find(v => v.Key == valueKey) is { } sameKey)
            {
                Error(itemAt + "/key", $"key '{valueKey}' is already used by {sameKey.Name}");
                ok = false;
            }
            else if (values.Find(v => string.Equals(v.Name, valueName, StringComparison.OrdinalIgnoreCase)) is { } sameName)
            {
                Error(itemAt + "/name", $"name '{valueName}' is already used by the value with key {sameName.Key} (names are compared ignoring case)");
                ok = false;
            }
            else
            {
                values.Add(new SsvcValue(values.Count, valueKey, valueName, String(item, itemAt, "definition", required: false) ?? ""));
            }
        }

        return ok && ns is not null && key is not null && name is not null
            ? new SsvcDecisionPoint(ns, key, version, name, definition, values)
            : null;
    }

    private List<SsvcMappingRow>? Mapping(
        JsonElement root, List<KeyValuePair<string, SsvcDecisionPoint>> inputs, string outcomeKey, SsvcDecisionPoint outcome, int combinations)
    {
        if (!root.TryGetProperty("mapping", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            Error("/mapping", array.ValueKind == JsonValueKind.Undefined
                ? "missing: the mapping is what the table decides with"
                : $"must be an array of rows, not {JsonInput.Describe(array.ValueKind)}");
            return null;
        }

        var byCombination = new int?[combinations];
        var rows = new List<SsvcMappingRow>();
        var columns = inputs.Select(p => p.Key).Append(outcomeKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (element, i) in array.EnumerateArray().Select((element, i) => (element, i)))
        {
            var at = JsonInput.Pointer("/mapping", i);
            if (element.ValueKind != JsonValueKind.Object)
            {
                Error(at, $"a mapping row is an object from decision point to value key, not {JsonInput.Describe(element.ValueKind)}");
                continue;
            }

            var rowOk = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                if (!columns.Contains(member.Name))
                {
                    Error(JsonInput.Pointer(at, member.Name), "not a decision point of this table");
                    rowOk = false;
                }
                else if (!seen.Add(member.Name))
                {
                    Error(JsonInput.Pointer(at, member.Name), "this decision point appears twice in the row");
                    rowOk = false;
                }
            }

            var values = new SsvcValue[inputs.Count];
            for (var c = 0; c < inputs.Count; c++)
            {
                var cell = Cell(element, at, inputs[c].Key, inputs[c].Value);
                rowOk &= cell is not null;
                values[c] = cell!;
            }

            var result = Cell(element, at, outcomeKey, outcome);
            if (!rowOk || result is null)
            {
                continue;
            }

            var index = 0;
            for (var c = 0; c < inputs.Count; c++)
            {
                index = index * inputs[c].Value.Values.Count + values[c].Ordinal;
            }

            if (byCombination[index] is { } first)
            {
                Error(at, $"the same inputs as /mapping/{first} ({Describe(inputs, values)}); each combination must appear exactly once");
                continue;
            }

            byCombination[index] = i;
            rows.Add(new SsvcMappingRow(values, result));
        }

        var missing = Enumerable.Range(0, combinations).Where(c => byCombination[c] is null).ToList();
        foreach (var combination in missing.Take(MissingCombinationsShown))
        {
            Error("/mapping", $"no row for {Describe(inputs, Decompose(inputs, combination))}");
        }

        if (missing.Count > MissingCombinationsShown)
        {
            Error("/mapping", string.Create(CultureInfo.InvariantCulture, $"and no row for {missing.Count - MissingCombinationsShown} more combinations ({missing.Count} of {combinations} missing)"));
        }

        return rows;
    }

    private SsvcValue? Cell(JsonElement row, string at, string column, SsvcDecisionPoint point)
    {
        if (!row.TryGetProperty(column, out var cell))
        {
            Error(at, $"no value for {point}");
            return null;
        }

        var cellAt = JsonInput.Pointer(at, column);
        if (cell.ValueKind != JsonValueKind.String)
        {
            Error(cellAt, $"a value key is a string, not {JsonInput.Describe(cell.ValueKind)}");
            return null;
        }

        var key = cell.GetString()!;
        var value = point.Values.FirstOrDefault(v => v.Key == key);
        if (value is null)
        {
            Error(cellAt, $"'{key}' is not a value key of {point}; its keys are {string.Join(", ", point.Values.Select(v => v.Key))}");
        }

        return value;
    }

    private static SsvcValue[] Decompose(List<KeyValuePair<string, SsvcDecisionPoint>> inputs, int combination)
    {
        var values = new SsvcValue[inputs.Count];
        for (var c = inputs.Count - 1; c >= 0; c--)
        {
            var count = inputs[c].Value.Values.Count;
            values[c] = inputs[c].Value.Values[combination % count];
            combination /= count;
        }

        return values;
    }

    private static string Describe(List<KeyValuePair<string, SsvcDecisionPoint>> inputs, SsvcValue[] values) =>
        string.Join(", ", inputs.Select((p, c) => $"{p.Value.Name}: {values[c].Name}"));

    private string? String(JsonElement element, string at, string property, bool required = true)
    {
        var propertyAt = JsonInput.Pointer(at, property);
        if (!element.TryGetProperty(property, out var value))
        {
            if (required)
            {
                Error(propertyAt, "missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
        {
            Error(propertyAt, value.ValueKind == JsonValueKind.String ? "must not be empty" : $"must be a string, not {JsonInput.Describe(value.ValueKind)}");
            return null;
        }

        return value.GetString();
    }

    private void Error(string at, string reason) => diagnostics.Add(new JsonDiagnostic(at, reason));
}
