namespace Clearinghouse.Standards.Ssvc;

/// <summary>An SSVC decision point: a named question with an ordered list of values, e.g. Exploitation (ssvc:E:1.1.0).</summary>
public sealed class SsvcDecisionPoint
{
    internal SsvcDecisionPoint(string ns, string key, string version, string name, string definition, IReadOnlyList<SsvcValue> values)
    {
        Namespace = ns;
        Key = key;
        Version = version;
        Name = name;
        Definition = definition;
        Values = values;
    }

    /// <summary><c>namespace:key:version</c>, e.g. <c>ssvc:E:1.1.0</c>, the identifier SSVC uses.</summary>
    public string Id => $"{Namespace}:{Key}:{Version}";

    /// <summary>Who defines the decision point, e.g. <c>ssvc</c>, <c>cisa</c>, <c>cvss</c>.</summary>
    public string Namespace { get; }

    /// <summary>The short key, e.g. <c>E</c>.</summary>
    public string Key { get; }

    /// <summary>The decision point's semantic version, e.g. <c>1.1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The name people use, e.g. <c>Exploitation</c>.</summary>
    public string Name { get; }

    /// <summary>What the decision point asks.</summary>
    public string Definition { get; }

    /// <summary>The values, from least to most severe.</summary>
    public IReadOnlyList<SsvcValue> Values { get; }

    /// <summary>
    /// The value with this key (exact), else with this name (ignoring case: <c>public poc</c>), else with this key
    /// ignoring case when only one value has it; null when none matches.
    /// </summary>
    public SsvcValue? FindValue(string keyOrName)
    {
        ArgumentNullException.ThrowIfNull(keyOrName);
        return Values.FirstOrDefault(v => string.Equals(v.Key, keyOrName, StringComparison.Ordinal))
            ?? Values.FirstOrDefault(v => string.Equals(v.Name, keyOrName, StringComparison.OrdinalIgnoreCase))
            ?? (Values.Where(v => string.Equals(v.Key, keyOrName, StringComparison.OrdinalIgnoreCase)).ToList() is [var only] ? only : null);
    }

    /// <summary>The values for messages: <c>None (N), Public PoC (P), Active (A)</c>.</summary>
    internal string DescribeValues() => string.Join(", ", Values.Select(v => $"{v.Name} ({v.Key})"));

    /// <summary><c>Exploitation (ssvc:E:1.1.0)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
