using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Tests.Matching;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Tests.Versions;

/// <summary>
/// Keys read once (what compiled matching compares) against the orderings' string comparisons, for versions drawn from
/// the real data: every version an OSV record of the shared data names for the ecosystem, and every version of the
/// osv-scalibr comparison fixtures for it.
/// </summary>
public sealed class VersionKeyTests
{
    private const int MostVersions = 500;

    // One ecosystem per ordering; each is tested with the versions of every ecosystem that shares it.
    public static TheoryData<string> Ecosystems { get; } = [.. VersionOrderings.Ecosystems.GroupBy(VersionOrderings.ForEcosystem).Select(g => g.First())];

    [Theory]
    [MemberData(nameof(Ecosystems))]
    public void Keys_read_once_order_every_pair_of_real_versions_as_the_ordering_orders_their_text(string ecosystem)
    {
        var ordering = VersionOrderings.ForEcosystem(ecosystem)!;
        var versions = RealVersions(ecosystem);
        Assert.True(versions.Count >= 20, $"only {versions.Count} versions for {ecosystem}");
        var keys = versions.Select(ordering.ReadKey).ToList();
        var failures = new List<string>();
        for (var i = 0; i < versions.Count; i++)
        {
            var readable = ordering.TryCompare(versions[i], versions[i], out _);
            if (readable != keys[i] is not null || (keys[i] is { } key && (key.IsValid != ordering.IsValid(versions[i]) || key.Version != versions[i])))
            {
                failures.Add($"'{versions[i]}': TryCompare {(readable ? "reads" : "refuses")} it, the key is {keys[i]?.Version ?? "null"} (valid: {keys[i]?.IsValid})");
            }
        }

        for (var i = 0; i < versions.Count && failures.Count < 20; i++)
        {
            for (var j = 0; j < versions.Count; j++)
            {
                var compared = ordering.TryCompare(versions[i], versions[j], out var expected);
                if (compared && keys[i] is { } a && keys[j] is { } b && Math.Sign(ordering.Compare(a, b)) != Math.Sign(expected))
                {
                    failures.Add($"'{versions[i]}' vs '{versions[j]}': text {expected}, keys {ordering.Compare(a, b)}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{ordering.Rules}, {versions.Count} versions:\n" + string.Join('\n', failures.Take(20)));
    }

    [Theory]
    [InlineData("npm")] // with Go and crates.io
    [InlineData("PyPI")]
    [InlineData("RubyGems")]
    [InlineData("Maven")]
    public void Sorting_the_real_valid_versions_by_key_gives_an_order_every_pair_agrees_with(string ecosystem)
    {
        // Compiled ranges sort a range's events once and compare bounds in that order, which needs a consistent order
        // over the versions advisories name: those of the orderings the shared data's advisories use. Maven's is tested
        // over all its fixture versions too, by MavenOrderingTests.
        var ordering = VersionOrderings.ForEcosystem(ecosystem)!;
        var keys = RealVersions(ecosystem, fixtures: false).Select(ordering.ReadKey).OfType<VersionKey>().Where(k => k.IsValid).ToList();
        keys.Sort(ordering.Compare);
        var failures = new List<string>();
        for (var i = 0; i < keys.Count && failures.Count < 20; i++)
        {
            if (ordering.Compare(keys[i], keys[i]) != 0)
            {
                failures.Add($"'{keys[i]}' is not equal to itself");
            }

            for (var j = i + 1; j < keys.Count; j++)
            {
                if (ordering.Compare(keys[i], keys[j]) > 0 || ordering.Compare(keys[j], keys[i]) < 0)
                {
                    failures.Add($"'{keys[i]}' sorted before '{keys[j]}', yet compares above it");
                }
            }
        }

        Assert.True(keys.Count >= 10, $"only {keys.Count} valid versions for {ecosystem}");
        Assert.True(failures.Count == 0, $"{ordering.Rules}, {keys.Count} versions:\n" + string.Join('\n', failures.Take(20)));
    }

    // The versions of the ecosystems ordered as this one is; at most MostVersions, spread evenly over the distinct versions in ordinal order, so every ecosystem's pairs stay a few hundred thousand.
    private static List<string> RealVersions(string ecosystem, bool fixtures = true)
    {
        var ordering = VersionOrderings.ForEcosystem(ecosystem);
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var affected in RealOsv.Items.SelectMany(i => i.Osv!.Affected))
        {
            if (affected.Package is not { } package || VersionOrderings.ForEcosystem(package.Ecosystem) != ordering)
            {
                continue;
            }

            versions.UnionWith(affected.Versions);
            foreach (var e in affected.Ranges.Where(r => r.Type != OsvRangeType.Git).SelectMany(r => r.Events))
            {
                if (e.Version != "0" && !e.Version.Contains('*', StringComparison.Ordinal))
                {
                    versions.Add(e.Version);
                }
            }
        }

        if (ordering == MavenOrdering.Instance)
        {
            // Maven's own ordered lists and the spellings its nested lists exist for.
            versions.UnionWith(MavenOrderingTests.QualifierOrder.Concat(MavenOrderingTests.NumberOrder).Concat(MavenOrderingTests.Tricky));
        }

        foreach (var row in VersionOrderingFixtureTests.Fixtures)
        {
            if (!fixtures || VersionOrderings.ForEcosystem((string)row[0]) != ordering)
            {
                continue;
            }

            var file = TestData.Path("osv", "osv-scalibr-semantic-testdata", "semantic", "testdata", (string)row[1]);
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("// ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ');
                versions.Add(parts[0]);
                versions.Add(parts[^1]);
            }
        }

        var all = versions.Order(StringComparer.Ordinal).ToList();
        return all.Count <= MostVersions ? all : [.. Enumerable.Range(0, MostVersions).Select(i => all[(int)((long)i * all.Count / MostVersions)])];
    }
}
