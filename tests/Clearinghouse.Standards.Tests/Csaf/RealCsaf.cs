namespace Clearinghouse.Standards.Tests.Csaf;

/// <summary>
/// The real CSAF 2.0 documents in ../shared/data/csaf (oasis-csaf, see its SOURCES.md): the TC's example advisories
/// (including the VEX profile examples), its validator conformance documents and its file name test documents. The
/// provider metadata, aggregator and ROLIE examples and the schemas are not CSAF documents and are left out.
/// </summary>
internal static class RealCsaf
{
    public static string Root => TestData.Path("csaf", "oasis-csaf", "csaf_2.0");

    public static string ValidatorData => Path.Combine(Root, "test", "validator", "data");

    /// <summary>Every CSAF document, as (path relative to <see cref="Root"/>, bytes), in a fixed order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } = Load();

    /// <summary>The example advisories, which the TC publishes as valid.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Examples => All.Where(d => d.Name.StartsWith("examples/", StringComparison.Ordinal));

    private static List<(string, byte[])> Load()
    {
        string[] folders = ["examples/csaf", "test/validator/data/mandatory", "test/validator/data/optional", "test/validator/data/informative", "test/filenames/data"];
        var files = folders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.json", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllBytes(Path.Combine(Root, f))))
            .ToList();
        Assert.True(files.Count > 200, $"expected the oasis-csaf documents under {Root}, found {files.Count}");
        return files;
    }
}
