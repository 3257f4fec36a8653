using System.Runtime.InteropServices;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// Every vulnerability naming one package, compiled together: per ordering their ranges use, the distinct bounds of all
/// those ranges sorted once, and for each bound and each interval between two bounds the vulnerabilities whose ranges
/// include it, worked out once; and which vulnerabilities list each version. Checking a component is then one
/// dictionary lookup and one binary search over the bounds per ordering, however many vulnerabilities name the
/// package. Every range decides by comparing the version with its own bounds, so all versions of one interval (or one
/// bound) get the same answer, which is the one <see cref="CompiledRange"/> gives a single version. The tables are
/// built on the package's first check, so building an index (on every feed import) stays a matter of grouping.
/// </summary>
internal sealed class PackageMatcher
{
    private readonly Lazy<(Dictionary<string, int[]> Listed, Table[] Tables)> compiled;
    private readonly IVersionOrdering? ecosystem;

    public PackageMatcher(PackageKey package, IReadOnlyList<KnownVulnerability> vulnerabilities)
    {
        Package = package;
        Vulnerabilities = [.. vulnerabilities];
        Compiled = [.. Vulnerabilities.Select(v => v.Compiled(package)!)];
        ecosystem = VersionOrderings.ForEcosystem(package.Ecosystem);
        compiled = new(Build);
    }

    public PackageKey Package { get; }

    public KnownVulnerability[] Vulnerabilities { get; }

    public AffectedPackage[] Compiled { get; }

    private (Dictionary<string, int[]> Listed, Table[] Tables) Build()
    {
        var listing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Compiled.Length; i++)
        {
            foreach (var version in Compiled[i].Listed)
            {
                if (!listing.TryGetValue(version, out var list))
                {
                    listing[version] = list = [];
                }

                list.Add(i);
            }
        }

        var listed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (version, list) in listing)
        {
            listed[version] = [.. list];
        }

        return (listed, [.. Compiled.SelectMany(c => c.Ranges).Select(r => r.Ordering).Distinct().Select(o => new Table(o, Compiled))]);
    }

    /// <summary>The matches of <paramref name="version"/>, in the order of <see cref="Vulnerabilities"/>; null when there are none.</summary>
    /// <remarks>
    /// Allocates only what it returns: the hits are marked on the stack, counted, and the matches written into an array
    /// of that size (the ecosystem's ordering was looked up once, when the matcher was made).
    /// </remarks>
    public AdvisoryMatch[]? Match(string version)
    {
        var (listed, tables) = compiled.Value;
        var component = new ComponentVersion(Package, ecosystem, version);
        var count = Vulnerabilities.Length;
        Span<bool> hit = count <= 1024 ? stackalloc bool[count] : new bool[count];
        var hits = 0;
        if (listed.TryGetValue(component.Text, out var listing))
        {
            foreach (var i in listing)
            {
                hits += hit[i] ? 0 : 1;
                hit[i] = true;
            }
        }

        foreach (var table in tables)
        {
            if (component.Key(table.Ordering) is { IsValid: true } key)
            {
                foreach (var i in table.Including(key))
                {
                    hits += hit[i] ? 0 : 1;
                    hit[i] = true;
                }
            }
        }

        if (hits == 0)
        {
            return null;
        }

        var matches = new AdvisoryMatch[hits];
        var at = 0;
        for (var i = 0; at < hits; i++)
        {
            if (hit[i])
            {
                matches[at++] = new AdvisoryMatch(Vulnerabilities[i], Package, version, Compiled[i].FixedAbove(ref component));
            }
        }

        return matches;
    }

    // The ranges of one ordering: bounds sorted, and per slot (2j + 1 is bound j, 2j the interval below it) the including vulnerabilities.
    private sealed class Table
    {
        private readonly VersionKey[] bounds;
        private readonly int[][] slots;

        public Table(IVersionOrdering ordering, AffectedPackage[] compiled)
        {
            Ordering = ordering;
            var ranges = new List<(int Vulnerability, CompiledRange Range)>();
            for (var i = 0; i < compiled.Length; i++)
            {
                foreach (var range in compiled[i].Ranges)
                {
                    if (range.Ordering == ordering)
                    {
                        ranges.Add((i, range));
                    }
                }
            }

            var all = ranges.SelectMany(r => r.Range.Bounds).Distinct(ReferenceEqualityComparer.Instance).Cast<VersionKey>().ToList();
            all.Sort(ordering.Compare);
            var distinct = new List<VersionKey>();
            var at = new Dictionary<VersionKey, int>(ReferenceEqualityComparer.Instance);
            foreach (var key in all)
            {
                if (distinct.Count == 0 || ordering.Compare(distinct[^1], key) != 0)
                {
                    distinct.Add(key);
                }

                at[key] = distinct.Count - 1;
            }

            bounds = [.. distinct];
            slots = new int[(2 * bounds.Length) + 1][];
            var including = new List<int>();
            int[]? previous = null;
            for (var slot = 0; slot < slots.Length; slot++)
            {
                including.Clear();
                var order = new SlotOrder(slot, at);
                foreach (var (vulnerability, range) in ranges)
                {
                    if ((including.Count == 0 || including[^1] != vulnerability) && range.Includes(order))
                    {
                        including.Add(vulnerability);
                    }
                }

                // Neighbouring slots mostly agree; they share one array.
                slots[slot] = previous is not null && previous.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(including))
                    ? previous
                    : previous = [.. including];
            }
        }

        public IVersionOrdering Ordering { get; }

        public int[] Including(VersionKey key)
        {
            int low = 0, high = bounds.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = Ordering.Compare(key, bounds[middle]);
                if (order == 0)
                {
                    return slots[(2 * middle) + 1];
                }

                if (order < 0)
                {
                    high = middle - 1;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return slots[2 * low];
        }
    }

    // A version known only by its slot: below, at or above each bound by the bound's position.
    private readonly struct SlotOrder(int slot, Dictionary<VersionKey, int> at) : IBoundOrder
    {
        public int CompareTo(VersionKey bound) => slot.CompareTo((2 * at[bound]) + 1);
    }
}
