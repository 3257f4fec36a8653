using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts.FrontierModels;

namespace Clearinghouse.Access;

/// <summary>
/// A classification marking in the style of ODNI ISM (docs/adr/013): level, compartments, dissemination controls, CUI
/// categories and need-to-know groups, each kept sorted and de-duplicated so that equal markings encode equally.
/// </summary>
public sealed partial record Marking(
    ClassificationLevel Level,
    ImmutableSortedSet<string> Compartments,
    ImmutableSortedSet<string> Dissemination,
    ImmutableSortedSet<string> CuiCategories,
    ImmutableSortedSet<string> Groups)
{
    private static readonly string[] KnownControls = ["NOFORN", "ORCON", "RELIDO", "IMCON"];

    private static readonly ImmutableSortedSet<string> None = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public static Marking Unclassified { get; } = new(ClassificationLevel.Unclassified, None, None, None, None);

    /// <summary>The developer's proprietary data: CUI//PROPIN.</summary>
    public static Marking Proprietary { get; } = new(ClassificationLevel.ControlledUnclassified, None, None, None.Add("PROPIN"), None);

    /// <summary>UNCLASSIFIED with no dissemination control and no need-to-know group: open to every participant.</summary>
    public bool IsPublic => Level == ClassificationLevel.Unclassified && Dissemination.IsEmpty && Groups.IsEmpty;

    /// <summary>NOFORN and ORCON records never leave the government: they are not released to developers or partners.</summary>
    public bool Releasable => Level <= ClassificationLevel.ControlledUnclassified && !Dissemination.Contains("NOFORN") && !Dissemination.Contains("ORCON");

    /// <summary>The CAPCO-style banner line: level, then compartments joined by '/', then dissemination controls, separated by '//'.</summary>
    public string Banner
    {
        get
        {
            if (Level == ClassificationLevel.ControlledUnclassified)
            {
                return string.Join("//", new[] { "CUI", string.Join('/', CuiCategories), string.Join('/', Dissemination) }.Where(p => p.Length > 0));
            }

            var level = Level switch
            {
                ClassificationLevel.Unclassified => "UNCLASSIFIED",
                ClassificationLevel.Confidential => "CONFIDENTIAL",
                ClassificationLevel.Secret => "SECRET",
                _ => "TOP SECRET",
            };
            return string.Join("//", new[] { level, string.Join('/', Compartments), string.Join('/', Dissemination) }.Where(p => p.Length > 0));
        }
    }

    /// <summary>
    /// The marking of a page or export holding all of <paramref name="markings"/>: the highest level, every compartment, group
    /// and CUI category, every control, and REL TO only for the countries every part is releasable to (NOFORN wins over REL TO).
    /// </summary>
    public static Marking Highest(IEnumerable<Marking> markings)
    {
        ArgumentNullException.ThrowIfNull(markings);
        var all = markings.ToList();
        if (all.Count == 0)
        {
            return Unclassified;
        }

        var controls = all.SelectMany(m => m.Dissemination).Where(c => !c.StartsWith("REL TO", StringComparison.Ordinal)).ToImmutableSortedSet(StringComparer.Ordinal);
        var releases = all.Select(m => m.Dissemination.FirstOrDefault(c => c.StartsWith("REL TO", StringComparison.Ordinal))).OfType<string>().ToList();
        if (releases.Count > 0 && !controls.Contains("NOFORN"))
        {
            // Parts without REL TO do not restrict; parts with one are releasable only to the countries they all name.
            var countries = releases.Select(r => r["REL TO ".Length..].Split(", ")).Aggregate((a, b) => [.. a.Intersect(b, StringComparer.Ordinal)]);
            controls = controls.Add(countries.Length > 1 ? RelTo(countries) : "NOFORN");
        }

        return new Marking(
            all.Max(m => m.Level),
            all.SelectMany(m => m.Compartments).ToImmutableSortedSet(StringComparer.Ordinal),
            controls,
            all.SelectMany(m => m.CuiCategories).ToImmutableSortedSet(StringComparer.Ordinal),
            all.SelectMany(m => m.Groups).ToImmutableSortedSet(StringComparer.Ordinal));
    }

    /// <summary>Checks a marking from the wire; <paramref name="error"/> names the first part that is not a valid token.</summary>
    public static Marking? From(MarkingSpec spec, out string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        error = null;
        var compartments = Normalize(spec.Compartments, Token(), "compartment", ref error);
        var cui = Normalize(spec.CuiCategories, Token(), "CUI category", ref error);
        var groups = Normalize(spec.Groups, GroupName(), "group", ref error);
        var controls = new List<string>();
        foreach (var control in spec.Dissemination ?? [])
        {
            var upper = control.Trim().ToUpperInvariant();
            if (RelToControl().Match(upper) is { Success: true } rel)
            {
                controls.Add(RelTo(rel.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            }
            else if (KnownControls.Contains(upper))
            {
                controls.Add(upper);
            }
            else
            {
                error ??= $"'{control}' is not a dissemination control this clearinghouse knows ({string.Join(", ", KnownControls)}, REL TO USA, GBR).";
            }
        }

        if (controls.Contains("NOFORN") && controls.Any(c => c.StartsWith("REL TO", StringComparison.Ordinal)))
        {
            error ??= "NOFORN and REL TO contradict each other.";
        }

        if (spec.Level < ClassificationLevel.Confidential && compartments.Count > 0)
        {
            error ??= "Compartments belong to classified markings (C, S or TS).";
        }

        if (spec.Level != ClassificationLevel.ControlledUnclassified && cui.Count > 0)
        {
            error ??= "CUI categories belong to CUI markings.";
        }

        return error is null ? new Marking(spec.Level, compartments, controls.ToImmutableSortedSet(StringComparer.Ordinal), cui, groups) : null;
    }

    public MarkingView ToView() => new(Level, [.. Compartments], [.. Dissemination], [.. CuiCategories], [.. Groups], Banner);

    /// <summary>The stored form: five '|'-separated fields; the parts are tokens that cannot contain '|' or ';'.</summary>
    public string Encode() =>
        string.Join('|', Level.ToString(), string.Join(';', Compartments), string.Join(';', Dissemination), string.Join(';', CuiCategories), string.Join(';', Groups));

    public static Marking Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('|');
        return new Marking(Enum.Parse<ClassificationLevel>(parts[0]), Set(parts[1]), Set(parts[2]), Set(parts[3]), Set(parts[4]));

        static ImmutableSortedSet<string> Set(string part) => part.Split(';', StringSplitOptions.RemoveEmptyEntries).ToImmutableSortedSet(StringComparer.Ordinal);
    }

    private static string RelTo(IEnumerable<string> countries) =>
        "REL TO " + string.Join(", ", countries.Where(c => c != "USA").Order(StringComparer.Ordinal).Prepend("USA"));

    private static ImmutableSortedSet<string> Normalize(IReadOnlyList<string>? tokens, Regex shape, string what, ref string? error)
    {
        var result = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
        foreach (var token in tokens ?? [])
        {
            var value = shape == GroupName() ? token.Trim().ToLowerInvariant() : token.Trim().ToUpperInvariant();
            if (!shape.IsMatch(value))
            {
                error ??= $"'{token}' is not a valid {what} (letters, digits and hyphens, at most 32).";
            }

            result = result.Add(value);
        }

        return result;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,31}$")]
    private static partial Regex Token();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex GroupName();

    [GeneratedRegex(@"^REL TO ((?:[A-Z]{3})(?:\s*,\s*[A-Z]{3})*)$")]
    private static partial Regex RelToControl();
}
