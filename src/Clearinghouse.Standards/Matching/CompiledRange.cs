using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// One evaluable OSV range, compiled for matching: its bounds read once into keys and its events sorted once, so that
/// asking whether it includes a version is a walk over a few key comparisons. It answers exactly as
/// <see cref="OsvAffected.EvaluateRanges"/> does for the range (the same limits check, the same stable sort, the same
/// walk); a range that cannot be evaluated (GIT, an unknown type, no ordering, an unreadable bound) includes nothing,
/// so it is not compiled at all.
/// </summary>
internal sealed class CompiledRange
{
    private readonly VersionKey[]? limits;
    private readonly Bound[] events;

    private CompiledRange(IVersionOrdering ordering, VersionKey[]? limits, Bound[] events)
    {
        Ordering = ordering;
        this.limits = limits;
        this.events = events;
    }

    public IVersionOrdering Ordering { get; }

    /// <summary>The compiled range, or null when <paramref name="range"/> cannot be evaluated for <paramref name="package"/>.</summary>
    public static CompiledRange? Compile(OsvRange range, OsvPackage package)
    {
        var ordering = range.Type switch
        {
            OsvRangeType.SemVer => VersionOrderings.SemVer,
            OsvRangeType.Ecosystem => VersionOrderings.ForEcosystem(package.Ecosystem),
            _ => null,
        };
        if (ordering is null)
        {
            return null;
        }

        var limits = new List<VersionKey>();
        var unlimited = false;
        var bounds = new List<(Bound Bound, int Index)>();
        foreach (var e in range.Events)
        {
            if (e.Kind == OsvEventKind.Limit && e.Version.Contains('*', StringComparison.Ordinal))
            {
                unlimited = true;
                continue;
            }

            VersionKey? key = null;
            if (!(e.Kind == OsvEventKind.Introduced && e.Version == "0"))
            {
                key = ordering.ReadKey(e.Version);
                if (key is not { IsValid: true })
                {
                    return null;
                }
            }

            if (e.Kind == OsvEventKind.Limit)
            {
                limits.Add(key!);
            }
            else
            {
                bounds.Add((new Bound(e.Kind, key), bounds.Count));
            }
        }

        // Events at equal versions keep their document order.
        bounds.Sort((x, y) =>
        {
            var order = (x.Bound.Key, y.Bound.Key) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                ({ } a, { } b) => ordering.Compare(a, b),
            };
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        });
        return new CompiledRange(ordering, unlimited || limits.Count == 0 ? null : [.. limits], [.. bounds.Select(b => b.Bound)]);
    }

    /// <summary>Every version its events and limits name, read by <see cref="Ordering"/>.</summary>
    public IEnumerable<VersionKey> Bounds => events.Where(e => e.Key is not null).Select(e => e.Key!).Concat(limits ?? []);

    /// <summary>Whether the range includes the version; false when its ordering cannot read the version.</summary>
    public bool Includes(ref ComponentVersion version) =>
        version.Key(Ordering) is { IsValid: true } key && Includes(new KeyOrder(Ordering, key));

    /// <summary>
    /// Whether the range includes a version of which only its order against each bound is known (the package tables
    /// of <see cref="PackageMatcher"/> evaluate each interval between bounds this way, once).
    /// </summary>
    public bool Includes<TOrder>(TOrder version)
        where TOrder : IBoundOrder
    {
        if (limits is not null && !BelowAny(version, limits))
        {
            return false;
        }

        var included = false;
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case OsvEventKind.Introduced when e.Key is null || version.CompareTo(e.Key) >= 0:
                    included = true;
                    break;
                case OsvEventKind.Fixed when version.CompareTo(e.Key!) >= 0:
                case OsvEventKind.LastAffected when version.CompareTo(e.Key!) > 0:
                    included = false;
                    break;
            }
        }

        return included;
    }

    private static bool BelowAny<TOrder>(TOrder version, VersionKey[] bounds)
        where TOrder : IBoundOrder
    {
        foreach (var limit in bounds)
        {
            if (version.CompareTo(limit) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct KeyOrder(IVersionOrdering ordering, VersionKey key) : IBoundOrder
    {
        public int CompareTo(VersionKey bound) => ordering.Compare(key, bound);
    }

    // An event with its version read; no key for introduced "0", which sorts before every version.
    private readonly record struct Bound(OsvEventKind Kind, VersionKey? Key);
}

/// <summary>A version's order against one bound of a compiled range: negative, zero or positive.</summary>
internal interface IBoundOrder
{
    int CompareTo(VersionKey bound);
}
