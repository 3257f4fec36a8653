using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Scoring;

/// <summary>
/// The SSVC decision tables this deployment decides with: CERT/CC's published JSON documents, read from a directory
/// (docs/guide/reference-data.md), never hand-coded. Every table under the directory is loaded whole; one that does not
/// load is an error, because a table with a gap would silently decide nothing for some cases. A deployment without the
/// directory has no tables, and every decision that needs one says so instead of guessing.
/// </summary>
public sealed class SsvcTables
{
    /// <summary>The environment variable the CLI reads the directory from.</summary>
    public const string Variable = "CLEARINGHOUSE_SSVC_TABLES";

    /// <summary>Where the tables are looked for when no directory is configured.</summary>
    public const string DefaultDirectory = "reference-data/ssvc";

    private readonly Dictionary<SsvcDecisionTable, ReadOnlyMemory<byte>> documents;

    public SsvcTables(IReadOnlyList<(SsvcDecisionTable Table, ReadOnlyMemory<byte> Document)> loaded, string? directory)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        All = [.. loaded.Select(l => l.Table)];
        documents = loaded.ToDictionary(l => l.Table, l => l.Document);
        Directory = directory;
    }

    /// <summary>No tables: decisions that need one are reported as not made.</summary>
    public static SsvcTables None { get; } = new([], null);

    public IReadOnlyList<SsvcDecisionTable> All { get; }

    /// <summary>The published JSON a table was loaded from, byte for byte (an offline advisory bundle carries it, signed).</summary>
    public ReadOnlyMemory<byte> Document(SsvcDecisionTable table) => documents[table];

    /// <summary>The directory the tables came from, if any.</summary>
    public string? Directory { get; }

    /// <summary>Every <c>*.json</c> table under <paramref name="folder"/>, or the problem (a missing folder, or the first file that is not a usable table).</summary>
    public static (SsvcTables? Tables, string? Problem) Load(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return (null, $"SSVC decision tables not found in '{folder}': point the setting at a copy of CERT/CC's data/json/decision_tables "
                + "(see docs/guide/reference-data.md).");
        }

        var tables = new List<(SsvcDecisionTable, ReadOnlyMemory<byte>)>();
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = File.ReadAllBytes(file);
            var load = SsvcDecisionTable.Load(document);
            if (!load.Succeeded)
            {
                return (null, $"{file} is not a usable SSVC decision table: {string.Join("; ", load.Diagnostics)}");
            }

            tables.Add((load.Value, document));
        }

        return (new SsvcTables(tables, folder), null);
    }

    /// <summary>The newest version of the table whose id starts with <paramref name="idPrefix"/> (e.g. <c>ssvc:DT_COORD_TRIAGE:</c>), or null.</summary>
    public SsvcDecisionTable? Latest(string idPrefix) =>
        All.Where(t => t.Id.StartsWith(idPrefix, StringComparison.Ordinal)).MaxBy(t => Version.TryParse(t.Version, out var v) ? v : new Version());
}
