using System.Text.Json;

namespace Clearinghouse.Standards.Sarif;

/// <summary>
/// One run of a SARIF log (§3.14) without its results, which <see cref="SarifReader"/> hands out one at a time. The
/// reader fills a run in the order its members appear in the log: a result sees the members written before it (tools
/// write <c>tool</c> first), and the run is complete once <see cref="IsComplete"/> is true.
/// </summary>
public sealed class SarifRun
{
    private readonly List<SarifArtifact> artifacts = [];
    private Dictionary<string, int>? ruleIndexById;

    internal SarifRun(int index) => Index = index;

    /// <summary>The run's index in the log's <c>runs</c>.</summary>
    public int Index { get; }

    /// <summary>The tool's driver (<c>tool.driver</c>); null until read, or when the log has none.</summary>
    public SarifToolComponent? Driver { get; internal set; }

    /// <summary>The tool's extensions (<c>tool.extensions</c>), e.g. CodeQL query packs; empty when none.</summary>
    public IReadOnlyList<SarifToolComponent> Extensions { get; internal set; } = [];

    /// <summary>The taxonomies (e.g. CWE) the run's rules and results refer to; empty when none.</summary>
    public IReadOnlyList<SarifToolComponent> Taxonomies { get; internal set; } = [];

    /// <summary>The run's artifacts, in order (locations refer to them by index).</summary>
    public IReadOnlyList<SarifArtifact> Artifacts => artifacts;

    /// <summary>The named URI bases (<c>originalUriBaseIds</c>), e.g. <c>%SRCROOT%</c> → <c>file:///src/</c>; empty when none.</summary>
    public IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds { get; internal set; } = new Dictionary<string, SarifArtifactLocation>();

    /// <summary>The tool's invocations; empty when none.</summary>
    public IReadOnlyList<SarifInvocation> Invocations { get; internal set; } = [];

    /// <summary>The run's logical locations (<c>logicalLocations</c>), which locations may refer to by index; empty when none.</summary>
    public IReadOnlyList<SarifLogicalLocation> LogicalLocations { get; internal set; } = [];

    /// <summary>The run's property bag, if given.</summary>
    public JsonElement? Properties { get; internal set; }

    /// <summary>How many results were read from the run so far, bad ones included.</summary>
    public int ResultCount { get; internal set; }

    /// <summary>True once the reader has read the end of the run.</summary>
    public bool IsComplete { get; internal set; }

    internal void AddArtifact(SarifArtifact artifact) => artifacts.Add(artifact);

    /// <summary>
    /// The rule a result refers to (§3.52.7): through <c>rule.toolComponent</c> to an extension, else by index, else by id in
    /// the driver's rules; null when the rule is not (yet) known.
    /// </summary>
    /// <param name="result">A result of this run.</param>
    public SarifReportingDescriptor? RuleOf(SarifResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var component = Driver;
        if (result.Rule is { } reference && (reference.ToolComponentIndex is not null || reference.ToolComponentName is not null))
        {
            component = Find(Extensions, reference.ToolComponentIndex, reference.ToolComponentName);
            if (component is null)
            {
                return null;
            }
        }

        if (component is null)
        {
            return null;
        }

        if (result.RuleIndex is { } index)
        {
            return index >= 0 && index < component.Rules.Count ? component.Rules[index] : null;
        }

        if (result.RuleId is not { } id)
        {
            return null;
        }

        if (ReferenceEquals(component, Driver))
        {
            ruleIndexById ??= IndexById(component.Rules);
            return ruleIndexById.TryGetValue(id, out var i) ? component.Rules[i]
                : id.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && ruleIndexById.TryGetValue(id[..slash], out i) ? component.Rules[i] : null;
        }

        return component.Rules.FirstOrDefault(r => r.Id == id);
    }

    /// <summary>
    /// The taxa a rule is related to through its <c>relationships</c>, resolved in <see cref="Taxonomies"/> (by the target's
    /// tool component name or index, then by taxon index or id), with the taxonomy's name; targets that resolve to nothing are left out.
    /// </summary>
    /// <param name="rule">A rule of this run.</param>
    public IReadOnlyList<(string Taxonomy, SarifReportingDescriptor Taxon)> TaxaOf(SarifReportingDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var found = new List<(string, SarifReportingDescriptor)>();
        foreach (var relationship in rule.Relationships)
        {
            var target = relationship.Target;
            if (Find(Taxonomies, target.ToolComponentIndex, target.ToolComponentName) is not { } taxonomy)
            {
                continue;
            }

            var taxon = target.Index is { } i && i >= 0 && i < taxonomy.Taxa.Count ? taxonomy.Taxa[i]
                : target.Id is { } id ? taxonomy.Taxa.FirstOrDefault(t => t.Id == id) : null;
            if (taxon is not null)
            {
                found.Add((taxonomy.Name, taxon));
            }
        }

        return found;
    }

    /// <summary>
    /// The CWE ids a result is classified under, as <c>CWE-79</c>, in order of first mention and without repeats: the
    /// result's own <c>taxa</c> and its rule's <c>relationships</c> that point into a taxonomy named <c>CWE</c>, and the
    /// rule's <c>external/cwe/cwe-079</c> tags (the convention of CodeQL and GitHub code scanning).
    /// </summary>
    /// <param name="result">A result of this run.</param>
    public IReadOnlyList<string> CweIdsOf(SarifResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var found = new List<string>();
        void Add(string? text)
        {
            var digits = text is null ? "" : text.StartsWith("CWE-", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
            if (digits.Length is > 0 and < 10 && digits.All(char.IsAsciiDigit) && "CWE-" + digits.TrimStart('0') is { Length: > 4 } id && !found.Contains(id))
            {
                found.Add(id);
            }
        }

        foreach (var taxon in result.Taxa)
        {
            if (Find(Taxonomies, taxon.ToolComponentIndex, taxon.ToolComponentName) is { } taxonomy && IsCwe(taxonomy))
            {
                Add(taxon.Id ?? (taxon.Index is { } i && i >= 0 && i < taxonomy.Taxa.Count ? taxonomy.Taxa[i].Id : null));
            }
        }

        if (RuleOf(result) is { } rule)
        {
            foreach (var (taxonomy, taxon) in TaxaOf(rule))
            {
                if (taxonomy.Equals("CWE", StringComparison.OrdinalIgnoreCase))
                {
                    Add(taxon.Id);
                }
            }

            foreach (var relationship in rule.Relationships)
            {
                if (relationship.Target.ToolComponentName is { } name && name.Equals("CWE", StringComparison.OrdinalIgnoreCase))
                {
                    Add(relationship.Target.Id);
                }
            }

            foreach (var tag in rule.Tags)
            {
                if (tag.StartsWith("external/cwe/", StringComparison.OrdinalIgnoreCase))
                {
                    Add(tag["external/cwe/".Length..]);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The result's level after SARIF's defaulting (§3.27.10): the result's own level; else <c>none</c> when the kind is not
    /// <c>fail</c>; else the rule's default level; else <c>warning</c>.
    /// </summary>
    /// <param name="result">A result of this run.</param>
    public SarifLevel EffectiveLevel(SarifResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Level
            ?? (result.Kind is { } kind && kind != SarifResultKind.Fail ? SarifLevel.None : (SarifLevel?)null)
            ?? RuleOf(result)?.DefaultLevel
            ?? SarifLevel.Warning;
    }

    private static SarifToolComponent? Find(IReadOnlyList<SarifToolComponent> components, int? index, string? name) =>
        index is { } i ? (i >= 0 && i < components.Count ? components[i] : null)
        : name is not null ? components.FirstOrDefault(c => c.Name == name)
        : components.Count == 1 ? components[0] : null;

    private static bool IsCwe(SarifToolComponent taxonomy) => taxonomy.Name.Equals("CWE", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, int> IndexById(IReadOnlyList<SarifReportingDescriptor> rules)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            map.TryAdd(rules[i].Id, i);
        }

        return map;
    }

    internal void RulesChanged() => ruleIndexById = null;
}
