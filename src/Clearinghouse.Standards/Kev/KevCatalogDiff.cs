namespace Clearinghouse.Standards.Kev;

/// <summary>
/// What changed between two versions of the KEV catalog, entry by entry (matched by CVE id): the incremental update to
/// apply when a new feed arrives. CISA mostly adds entries, but it also corrects them (ransomware use becoming Known,
/// new notes or CWEs, a moved due date) and, rarely, removes one.
/// </summary>
public sealed class KevCatalogDiff
{
    private KevCatalogDiff(KevCatalog previous, KevCatalog current, IReadOnlyList<KevEntry> added, IReadOnlyList<KevEntryChange> changed, IReadOnlyList<KevEntry> removed)
    {
        Previous = previous;
        Current = current;
        Added = added;
        Changed = changed;
        Removed = removed;
    }

    /// <summary>The catalog compared from.</summary>
    public KevCatalog Previous { get; }

    /// <summary>The catalog compared to.</summary>
    public KevCatalog Current { get; }

    /// <summary>Entries only in the current catalog, in its order.</summary>
    public IReadOnlyList<KevEntry> Added { get; }

    /// <summary>Entries in both with different values, in the current catalog's order.</summary>
    public IReadOnlyList<KevEntryChange> Changed { get; }

    /// <summary>Entries only in the previous catalog, in its order.</summary>
    public IReadOnlyList<KevEntry> Removed { get; }

    /// <summary>True when the two catalogs hold the same entries with the same values.</summary>
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <summary>Compares two catalogs entry by entry.</summary>
    public static KevCatalogDiff Between(KevCatalog previous, KevCatalog current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var added = new List<KevEntry>();
        var changed = new List<KevEntryChange>();
        foreach (var entry in current.Entries)
        {
            if (previous.Find(entry.CveId) is not { } before)
            {
                added.Add(entry);
            }
            else if (KevEntry.DifferingFields(before, entry) is { Count: > 0 } fields)
            {
                changed.Add(new KevEntryChange(before, entry, fields));
            }
        }

        var removed = previous.Entries.Where(e => current.Find(e.CveId) is null).ToList();
        return new KevCatalogDiff(previous, current, added, changed, removed);
    }

    /// <summary><c>2025.08.24 -&gt; 2025.08.25: 2 added, 1 changed, 0 removed</c>.</summary>
    public override string ToString() =>
        $"{Previous.CatalogVersion} -> {Current.CatalogVersion}: {Added.Count} added, {Changed.Count} changed, {Removed.Count} removed";
}
