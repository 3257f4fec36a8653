using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Tests.Osv;

/// <summary>Every OSV record file in ../shared/data/osv (see its SOURCES.md), read once per test run.</summary>
internal static class OsvFiles
{
    private static readonly Lazy<IReadOnlyList<(string File, OsvRecord? Record, IReadOnlyList<JsonDiagnostic> Diagnostics)>> All = new(Load);

    public static IReadOnlyList<(string File, OsvRecord? Record, IReadOnlyList<JsonDiagnostic> Diagnostics)> Records => All.Value;

    /// <summary>The record files: Go and RustSec JSON, PyPA YAML, and the OSV schema's linter fixtures and converter outputs.</summary>
    public static IEnumerable<string> Paths()
    {
        var root = TestData.Path("osv");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "golang-vulndb"), "*.json", SearchOption.AllDirectories))
        {
            yield return file;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "rustsec-advisory-db-osv", "crates"), "*.json"))
        {
            yield return file;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "pypa-advisory-database", "vulns"), "*.yaml", SearchOption.AllDirectories))
        {
            yield return file;
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "ossf-osv-schema", "tools", "osv-linter", "testdata"), "*.json"))
        {
            yield return file;
        }

        // The converter's inputs are GitHub API advisories, not OSV; only its .osv.json outputs are records.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "ossf-osv-schema", "tools", "ghsa", "testdata"), "*.osv.json"))
        {
            yield return file;
        }
    }

    public static string Relative(string file) => Path.GetRelativePath(TestData.Path("osv"), file);

    public static (OsvRecord? Record, IReadOnlyList<JsonDiagnostic> Diagnostics) Read(string file)
    {
        OsvRecord? record;
        IReadOnlyList<JsonDiagnostic> diagnostics;
        if (file.EndsWith(".yaml", StringComparison.Ordinal))
        {
            _ = OsvRecord.TryParseYaml(File.ReadAllText(file), out record, out diagnostics);
        }
        else
        {
            _ = OsvRecord.TryParse(File.ReadAllBytes(file), out record, out diagnostics);
        }

        return (record, diagnostics);
    }

    private static IReadOnlyList<(string, OsvRecord?, IReadOnlyList<JsonDiagnostic>)> Load() =>
        [.. Paths().Order(StringComparer.Ordinal).Select(f => { var (r, d) = Read(f); return (f, r, d); })];
}
