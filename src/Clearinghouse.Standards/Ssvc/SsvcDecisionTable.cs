using System.Diagnostics.CodeAnalysis;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// An SSVC decision table as CERT/CC publishes it (DecisionTable schema 2.0.0): input decision points, an outcome
/// decision point and a mapping with exactly one row for every combination of input values. Loaded from the JSON
/// document, never hand-coded, so a new table (or a new directive's table) is new data, not new code.
/// </summary>
public sealed class SsvcDecisionTable
{
    private readonly SsvcValue[] outcomes;

    internal SsvcDecisionTable(
        string ns, string key, string version, string name, string definition,
        IReadOnlyList<SsvcDecisionPoint> inputs, SsvcDecisionPoint outcome, IReadOnlyList<SsvcMappingRow> mapping)
    {
        Namespace = ns;
        Key = key;
        Version = version;
        Name = name;
        Definition = definition;
        Inputs = inputs;
        Outcome = outcome;
        Mapping = mapping;
        outcomes = new SsvcValue[mapping.Count];
        foreach (var row in mapping)
        {
            outcomes[Combination(row.Inputs)] = row.Outcome;
        }
    }

    /// <summary><c>namespace:key:version</c>, e.g. <c>cisa:DT_CO:2.0.3</c>.</summary>
    public string Id => $"{Namespace}:{Key}:{Version}";

    /// <summary>Who defines the table, e.g. <c>cisa</c>.</summary>
    public string Namespace { get; }

    /// <summary>The table's key, e.g. <c>DT_CO</c>.</summary>
    public string Key { get; }

    /// <summary>The table's version, e.g. <c>2.0.3</c>.</summary>
    public string Version { get; }

    /// <summary>The name, e.g. <c>CISA Coordinator</c>.</summary>
    public string Name { get; }

    /// <summary>What the table is for.</summary>
    public string Definition { get; }

    /// <summary>The input decision points, in the order the document lists them.</summary>
    public IReadOnlyList<SsvcDecisionPoint> Inputs { get; }

    /// <summary>The outcome decision point, e.g. CISA Levels (Track, Track*, Attend, Act).</summary>
    public SsvcDecisionPoint Outcome { get; }

    /// <summary>The mapping rows in document order; together they cover every combination of input values exactly once.</summary>
    public IReadOnlyList<SsvcMappingRow> Mapping { get; }

    /// <summary>Reads a decision table from UTF-8 JSON; never throws on bad input.</summary>
    public static JsonLoadResult<SsvcDecisionTable> Load(ReadOnlyMemory<byte> utf8Json) => SsvcDecisionTableReader.Read(utf8Json);

    /// <summary>Reads a decision table from a stream of UTF-8 JSON; never throws on bad input (I/O errors still throw).</summary>
    public static JsonLoadResult<SsvcDecisionTable> Load(Stream utf8Json) => Load(JsonInput.ReadAll(utf8Json));

    /// <summary>
    /// The decision point named by its id (<c>ssvc:E:1.1.0</c>), key (<c>E</c>) or name (<c>Exploitation</c>), ignoring
    /// case; null when none or more than one matches. The outcome point is found too.
    /// </summary>
    public SsvcDecisionPoint? FindDecisionPoint(string idKeyOrName) => Resolve(idKeyOrName, out var point) ? point : null;

    /// <summary>
    /// Decides. Each input names a decision point (id, key or name) and a value (key, or name ignoring case, e.g.
    /// <c>("Exploitation", "public PoC")</c> or <c>("E", "P")</c>). Every input decision point must be given once.
    /// Unknown, missing, ambiguous or repeated inputs give errors in the result, never an exception.
    /// </summary>
    public SsvcDecision Decide(IEnumerable<KeyValuePair<string, string>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var chosen = new SsvcValue?[Inputs.Count];
        var given = new string?[Inputs.Count];
        var errors = new List<string>();
        foreach (var (name, value) in inputs)
        {
            if (!Resolve(name ?? "", out var point))
            {
                errors.Add(point is null
                    ? $"'{name}' is not a decision point of {this}; its inputs are {DescribeInputs()}"
                    : $"'{name}' names more than one decision point of {this}; use the id, e.g. {point.Id}");
                continue;
            }

            var index = IndexOf(point);
            if (index < 0)
            {
                errors.Add($"{point} is the outcome of {this}, not an input");
                continue;
            }

            if (given[index] is { } earlier)
            {
                errors.Add($"{point} is given twice: as '{earlier}' and as '{name}'");
                continue;
            }

            given[index] = name;
            chosen[index] = value is null ? null : point.FindValue(value);
            if (chosen[index] is null)
            {
                errors.Add($"'{value}' is not a value of {point}; its values are {point.DescribeValues()}");
            }
        }

        for (var i = 0; i < Inputs.Count; i++)
        {
            if (given[i] is null)
            {
                errors.Add($"{Inputs[i]} is missing: give one of {Inputs[i].DescribeValues()}");
            }
        }

        if (errors.Count > 0)
        {
            return new SsvcDecision(this, null, [], errors);
        }

        var values = chosen.Select(v => v!).ToArray();
        var path = Inputs.Select((point, i) => new SsvcPathStep(point, values[i])).ToArray();
        return new SsvcDecision(this, outcomes[Combination(values)], path, []);
    }

    /// <summary><c>CISA Coordinator 2.0.3 (cisa:DT_CO:2.0.3)</c>.</summary>
    public override string ToString() => $"{Name} {Version} ({Id})";

    /// <summary>The position of a combination of input values (one per input, in order) in mixed radix.</summary>
    internal int Combination(IReadOnlyList<SsvcValue> values)
    {
        var index = 0;
        for (var i = 0; i < Inputs.Count; i++)
        {
            index = index * Inputs[i].Values.Count + values[i].Ordinal;
        }

        return index;
    }

    private int IndexOf(SsvcDecisionPoint point)
    {
        for (var i = 0; i < Inputs.Count; i++)
        {
            if (ReferenceEquals(Inputs[i], point))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds a decision point by id, then key, then name (all ignoring case). False with a null point when none matches;
    /// false with one of the candidates when a key or name is shared by several points.
    /// </summary>
    private bool Resolve(string text, [NotNullWhen(true)] out SsvcDecisionPoint? point)
    {
        SsvcDecisionPoint[] all = [.. Inputs, Outcome];
        foreach (var by in new Func<SsvcDecisionPoint, string>[] { p => p.Id, p => p.Key, p => p.Name })
        {
            var matches = all.Where(p => string.Equals(by(p), text, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 0)
            {
                point = matches[0];
                return matches.Count == 1;
            }
        }

        point = null;
        return false;
    }

    private string DescribeInputs() => string.Join(", ", Inputs.Select(p => $"{p.Name} ({p.Key})"));
}
