using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Kev;

/// <summary>
/// CISA's Known Exploited Vulnerabilities catalog (the JSON feed and its schema): the catalog's version and release
/// time and its entries. Unknown fields are ignored, so new fields in the feed do not break loading.
/// </summary>
public sealed class KevCatalog
{
    private readonly Dictionary<string, KevEntry> byCve;

    /// <summary>A catalog from entries (e.g. one built in a test, or filtered); for a CVE id listed twice, <see cref="Find"/> gives the first.</summary>
    public KevCatalog(string? title, string? catalogVersion, DateTimeOffset? dateReleased, int? declaredCount, IReadOnlyList<KevEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Title = title;
        CatalogVersion = catalogVersion;
        DateReleased = dateReleased;
        DeclaredCount = declaredCount;
        Entries = entries;
        byCve = new Dictionary<string, KevEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byCve.TryAdd(entry.CveId, entry);
        }
    }

    /// <summary>The catalog's title, e.g. <c>CISA Catalog of Known Exploited Vulnerabilities</c>.</summary>
    public string? Title { get; }

    /// <summary>The catalog's version, e.g. <c>2025.08.25</c>; null when the document has none.</summary>
    public string? CatalogVersion { get; }

    /// <summary>When CISA released this version; null when the document has none (or an unreadable one).</summary>
    public DateTimeOffset? DateReleased { get; }

    /// <summary>The <c>count</c> the document states; a difference from the entries it holds is reported as a diagnostic.</summary>
    public int? DeclaredCount { get; }

    /// <summary>The entries, in the catalog's order (newest first in CISA's feed).</summary>
    public IReadOnlyList<KevEntry> Entries { get; }

    /// <summary>The entry for a CVE id (case ignored), or null.</summary>
    public KevEntry? Find(string cveId) => byCve.GetValueOrDefault(cveId);

    /// <summary>Reads the catalog from UTF-8 JSON; never throws on bad input. Bad entries are reported and the good ones kept.</summary>
    public static KevLoadResult Load(ReadOnlyMemory<byte> utf8Json) => KevCatalogReader.Read(utf8Json);

    /// <summary>Reads the catalog from a stream of UTF-8 JSON; never throws on bad input (I/O errors still throw).</summary>
    public static KevLoadResult Load(Stream utf8Json) => Load(JsonInput.ReadAll(utf8Json));

    /// <summary><c>KEV 2025.08.25 (1404 entries)</c>.</summary>
    public override string ToString() => $"KEV {CatalogVersion} ({Entries.Count} entries)";
}
