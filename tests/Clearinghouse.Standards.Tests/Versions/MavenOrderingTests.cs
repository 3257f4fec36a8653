using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Tests.Matching;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Tests.Versions;

/// <summary>
/// Maven's order against the cases of Maven's own ComparableVersionTest (maven-artifact 3.9: its two lists that must sort
/// strictly ascending, its equalities and its regression cases), and a check that the order is a total preorder over
/// every Maven version the shared data names.
/// </summary>
public sealed class MavenOrderingTests
{
    // ComparableVersionTest's VERSIONS_QUALIFIER and VERSIONS_NUMBER: each strictly ascending.
    public static readonly string[] QualifierOrder =
    [
        "1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2", "1-beta123", "1-m2", "1-m11", "1-rc", "1-cr2", "1-rc123",
        "1-SNAPSHOT", "1", "1-sp", "1-sp2", "1-sp123", "1-abc", "1-def", "1-pom-1", "1-1-snapshot", "1-1", "1-2", "1-123",
    ];

    public static readonly string[] NumberOrder =
    [
        "2.0", "2.0.a", "2-1", "2.0.2", "2.0.123", "2.1.0", "2.1-a", "2.1b", "2.1-c", "2.1-1", "2.1.0.1", "2.2", "2.123",
        "11.a2", "11.a11", "11.b2", "11.b11", "11.m2", "11.m11", "11", "11.a", "11b", "11c", "11m",
    ];

    // Spellings the previous token-based ordering was not transitive over (ADR 015), and their neighbours.
    public static readonly string[] Tricky =
    [
        "1.0-pre2", "1-c-1", "1c1", "1.0-pre1", "1.0-pre10", "1-1", "1-ga-1", "1-sp-1", "1.0", "1-c", "1.0-c-1", "1.0.c1",
        "6.1.0rc3", "6.1.0", "6.1H.5-beta", "1.0.0.RC1", "1.0.0-RC2", "2-abc", "2.0.abc", "2.0.0.abc", "0-1", "", "0",
        "1-", "1.", "a1", "1a", "1.0.0.0.0.1", "0000000000000000000.1",
    ];

    public static TheoryData<string, string> Equal { get; } = new()
    {
        { "1", "1" }, { "1", "1.0" }, { "1", "1.0.0" }, { "1.0", "1.0.0" }, { "1", "1-0" }, { "1", "1.0-0" }, { "1.0", "1.0-0" },
        { "1a", "1-a" }, { "1a", "1.0-a" }, { "1a", "1.0.0-a" }, { "1.0a", "1-a" }, { "1.0.0a", "1-a" },
        { "1x", "1-x" }, { "1x", "1.0-x" }, { "1x", "1.0.0-x" }, { "1.0x", "1-x" }, { "1.0.0x", "1-x" }, { "1cr", "1rc" },
        { "1a1", "1-alpha-1" }, { "1b2", "1-beta-2" }, { "1m3", "1-milestone-3" },
        { "1X", "1x" }, { "1A", "1a" }, { "1B", "1b" }, { "1M", "1m" }, { "1Cr", "1Rc" }, { "1cR", "1rC" },
        { "1m3", "1Milestone3" }, { "1m3", "1MileStone3" }, { "1m3", "1MILESTONE3" },

        // Same order, though Maven does not call them equal (their canonical forms differ).
        { "1ga", "1" }, { "1release", "1" }, { "1final", "1" }, { "1Ga", "1" }, { "1GA", "1" }, { "1RELEASE", "1" },
        { "1RELeaSE", "1" }, { "1Final", "1" }, { "1FinaL", "1" }, { "1FINAL", "1" },

        { "1-abcdefghijklmnopqrstuvwxyz", "1-ABCDEFGHIJKLMNOPQRSTUVWXYZ" }, { "1.0.0-alpha1", "1.0.0-ALPHA1" }, { "1.a", "1.A" },
        { "0000000000000000001", "1" }, { "000000001", "1" }, { "01", "1" }, { "0000000000000000000", "0" }, { "00", "0" },

        // MNG-7644: 2-X = 2.0.X = 2.0.0.X for any string X.
        { "2-abc", "2.0.abc" }, { "2-abc", "2.0.0.abc" }, { "2-alpha", "2.0.alpha" }, { "2-a", "2.0.0.a" }, { "2-RC", "2.0.RC" },
    };

    public static TheoryData<string, string> Ascending { get; } = new()
    {
        { "1", "2" }, { "1.5", "2" }, { "1", "2.5" }, { "1.0", "1.1" }, { "1.1", "1.2" }, { "1.0.0", "1.1" }, { "1.0.1", "1.1" },
        { "1.1", "1.2.0" }, { "1.0-alpha-1", "1.0" }, { "1.0-alpha-1", "1.0-alpha-2" }, { "1.0-alpha-1", "1.0-beta-1" },
        { "1.0-beta-1", "1.0-SNAPSHOT" }, { "1.0-SNAPSHOT", "1.0" }, { "1.0-alpha-1-SNAPSHOT", "1.0-alpha-1" },
        { "1.0", "1.0-1" }, { "1.0-1", "1.0-2" }, { "1.0.0", "1.0-1" }, { "2.0-1", "2.0.1" }, { "2.0.1-klm", "2.0.1-lmn" },
        { "2.0.1", "2.0.1-xyz" }, { "2.0.1", "2.0.1-123" }, { "2.0.1-xyz", "2.0.1-123" }, { "0.7", "2" }, { "0.2", "1.0.7" },
        { "J", "7" }, { "c", "7" }, { "aardvark", "zebra" },

        // MNG-5568, MNG-6572, MNG-6964, MNG-7644.
        { "6.1.0rc3", "6.1.0" }, { "6.1.0rc3", "6.1H.5-beta" }, { "6.1.0", "6.1H.5-beta" },
        { "20190126.230843", "1234567890.12345" }, { "1234567890.12345", "123456789012345.1H.5-beta" },
        { "123456789012345.1H.5-beta", "12345678901234567890.1H.5-beta" }, { "20190126.230843", "12345678901234567890.1H.5-beta" },
        { "1-0.alpha", "1" }, { "1-0.beta", "1" }, { "1-0.alpha", "1-0.beta" },
        { "1.0.0.abc1", "1.0.0-abc2" }, { "1.0.0.alpha1", "1.0.0-alpha2" }, { "1.0.0.a1", "1.0.0-a2" }, { "1.0.0.RC1", "1.0.0-RC2" },
        { "1.0.0.m1", "1.0.0-m2" },
    };

    [Fact]
    public void Mavens_qualifier_list_sorts_strictly_ascending() => AssertStrictlyAscending(QualifierOrder);

    [Fact]
    public void Mavens_number_list_sorts_strictly_ascending() => AssertStrictlyAscending(NumberOrder);

    [Theory]
    [MemberData(nameof(Equal))]
    public void Mavens_equal_versions_compare_equal_both_ways(string left, string right)
    {
        Assert.Equal(0, Order(left, right));
        Assert.Equal(0, Order(right, left));
    }

    [Theory]
    [MemberData(nameof(Ascending))]
    public void Mavens_ordered_pairs_compare_so_both_ways(string lower, string higher)
    {
        Assert.Equal(-1, Order(lower, higher));
        Assert.Equal(1, Order(higher, lower));
    }

    [Fact]
    public void The_order_is_total_over_every_Maven_version_the_shared_data_names()
    {
        // The versions and range events of the OSV records for Maven, every version of osv-scalibr's Maven fixtures (from
        // the Maven advisories of OSV), Maven's own lists and the spellings the old ordering broke on.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var affected in RealOsv.Items.SelectMany(i => i.Osv!.Affected).Where(a => a.Package?.Ecosystem == "Maven"))
        {
            versions.UnionWith(affected.Versions);
            versions.UnionWith(affected.Ranges.Where(r => r.Type != OsvRangeType.Git).SelectMany(r => r.Events).Select(e => e.Version));
        }

        var real = versions.Count;
        foreach (var file in new[] { "maven-versions.txt", "maven-versions-generated.txt" })
        {
            foreach (var line in File.ReadLines(TestData.Path("osv", "osv-scalibr-semantic-testdata", "semantic", "testdata", file)))
            {
                var parts = line.Split(' ');
                if (parts.Length == 3 && !line.StartsWith("# ", StringComparison.Ordinal) && !line.StartsWith("// ", StringComparison.Ordinal))
                {
                    versions.Add(parts[0]);
                    versions.Add(parts[2]);
                }
            }
        }

        versions.UnionWith(QualifierOrder);
        versions.UnionWith(NumberOrder);
        versions.UnionWith(Tricky);
        Assert.True(real >= 5, $"only {real} Maven versions in the OSV records");
        Assert.True(versions.Count >= 10_000, $"only {versions.Count} Maven versions");

        // Sorting throws on an inconsistent comparison it happens to see; past that, a total preorder is exactly one where
        // every pair compares as the classes of equal neighbours in the sorted order do, and both ways oppositely.
        var ordering = MavenOrdering.Instance;
        var keys = versions.Order(StringComparer.Ordinal).Select(ordering.ReadKey).ToArray();
        Array.Sort(keys, ordering.Compare);
        var classes = new int[keys.Length];
        for (var i = 1; i < keys.Length; i++)
        {
            classes[i] = classes[i - 1] + (ordering.Compare(keys[i - 1], keys[i]) < 0 ? 1 : 0);
        }

        var failures = new List<string>();
        for (var i = 0; i < keys.Length && failures.Count < 20; i++)
        {
            for (var j = i; j < keys.Length; j++)
            {
                var forward = Math.Sign(ordering.Compare(keys[i], keys[j]));
                var expected = classes[i] == classes[j] ? 0 : -1;
                if (forward != expected || Math.Sign(ordering.Compare(keys[j], keys[i])) != -expected)
                {
                    failures.Add($"'{keys[i]}' vs '{keys[j]}' (sorted {i} and {j}): {forward}, expected {expected}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{keys.Length} versions:\n" + string.Join('\n', failures));
    }

    private static int Order(string left, string right)
    {
        Assert.True(MavenOrdering.Instance.TryCompare(left, right, out var order));
        return Math.Sign(order);
    }

    private static void AssertStrictlyAscending(string[] versions)
    {
        var failures = new List<string>();
        for (var i = 0; i < versions.Length; i++)
        {
            for (var j = i + 1; j < versions.Length; j++)
            {
                if (Order(versions[i], versions[j]) != -1 || Order(versions[j], versions[i]) != 1)
                {
                    failures.Add($"{versions[i]} < {versions[j]}: got {Order(versions[i], versions[j])}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
