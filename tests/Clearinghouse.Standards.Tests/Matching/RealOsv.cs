using Clearinghouse.Standards.Matching;

namespace Clearinghouse.Standards.Tests.Matching;

/// <summary>Every OSV record of the shared data folder (JSON and the PyPA YAML), read through the feed reader, once per test run.</summary>
internal static class RealOsv
{
    private static readonly Lazy<IReadOnlyList<FeedItem>> Loaded = new(() =>
        [.. Directory.EnumerateFiles(TestData.Path("osv"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .SelectMany(f => FeedDocuments.Read(f, File.ReadAllBytes(f)).Items)
            .Where(i => i.Osv is not null)]);

    private static readonly Lazy<IReadOnlyList<KnownVulnerability>> Merged = new(() =>
        VulnerabilityCatalog.Merge(Items.Select(i => i.Osv!), []));

    public static IReadOnlyList<FeedItem> Items => Loaded.Value;

    public static IReadOnlyList<KnownVulnerability> Vulnerabilities => Merged.Value;
}
