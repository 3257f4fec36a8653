using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Tests.Versions;

/// <summary>
/// The per-ecosystem version comparison cases of google/osv-scalibr (semantic/testdata, see ../shared/data/osv/SOURCES.md):
/// lines <c>a &lt; b</c>, <c>a = b</c>, <c>a &gt; b</c>, checked both ways; <c>#</c> and <c>//</c> lines are comments. The
/// file-to-ecosystem pairing is osv-scalibr's own (semantic/compare_test.go).
/// </summary>
public sealed class VersionOrderingFixtureTests
{
    public static TheoryData<string, string> Fixtures { get; } = new()
    {
        { "npm", "semver-versions.txt" },
        { "crates.io", "semver-versions.txt" },
        { "Go", "semver-versions.txt" },
        { "PyPI", "pypi-versions.txt" },
        { "PyPI", "pypi-versions-generated.txt" },
        { "Maven", "maven-versions.txt" },
        { "Maven", "maven-versions-generated.txt" },
        { "NuGet", "nuget-versions.txt" },
        { "RubyGems", "rubygems-versions.txt" },
        { "RubyGems", "rubygems-versions-generated.txt" },
        { "Packagist", "packagist-versions.txt" },
        { "Packagist", "packagist-versions-generated.txt" },
        { "Debian", "debian-versions.txt" },
        { "Debian", "debian-versions-generated.txt" },
        { "Alpine", "alpine-versions.txt" },
        { "Alpine", "alpine-versions-generated.txt" },
    };

    // Known disagreements: all are spellings apk itself calls invalid (the fixture's own comments say so), where apk
    // versions disagree among themselves. The test fails if one of these starts to pass or another case fails.
    private static readonly HashSet<string> KnownAlpineDisagreements = new(StringComparer.Ordinal)
    {
        "0.r1 < 0r2", "0.8.21.r2 < 0.8.21r2", "1 > 1-ruff", "1-r0-1 = 1-r-2", "1-r0-1 = 1-r0-2", "1-ruff2 = 1-ruff1",
        "1-ruff2 = 1--ruff1", "1-r0-ruff2 = 1-r0-ruff1", "1.2 > 1.2_blah",
    };

    // Known Maven disagreements: the generated fixture was sorted by maven-artifact 3.8.6, and Maven 3.9 (MNG-7644, which
    // our ordering follows) reads a qualifier after a dot as after a hyphen, which reverses these; two more come from our
    // one extension of that rule to qualifiers before a separator (MavenOrdering, ADR 015), and 1-1 = 1-ga-1 is the POM
    // reference's text, which no ComparableVersion computes. The test fails if one of these starts to pass.
    private static readonly HashSet<string> KnownMavenDisagreements = new(StringComparer.Ordinal)
    {
        "1.0.0-RC16 < 1.0.0.RC8-beta", "1.0.0-gradle-rework-beta3 < 1.0.0.RC7-3", "2.9.0-1 < 2.9.0.RC1",
        "3.6.2.FL.20090615 < 3.6.2-FL-2009-05-11", "6.1.12.rc5 < 6.1.12rc1", "1.1.31.sec10 < 1.1.31_noneautotype",
        "1.1.34.sec10 < 1.1.34_noneautotype", "1.1.46.sec10 < 1.1.46_noneautotype", "1.2.8.sec10_noneautotype < 1.2.8_noneautotype",
        "1.2.31.sec10 < 1.2.31_noneautotype", "1.2.48.sec10 < 1.2.48_noneautotype", "1.2.50.sec10 < 1.2.50_noneautotype",
        "1.2.54.sec10 < 1.2.54_noneautotype", "1.2.57.sec10 < 1.2.57_noneautotype", "1.2.60.sec10 < 1.2.60_noneautotype",
        "1.2.67.sec10 < 1.2.67_noneautotype", "1.0.0rc0 < 1.0.beta8", "1.5.9.RC1 < 1.5.9-RC0", "3.5.0-CR-2 < 3.5.0.Beta-1",
        "1.1.0-01-glassfish < 1.1.0.Beta1", "1-1 = 1-ga-1",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_ordering_case_of_the_osv_scalibr_fixture_holds(string ecosystem, string file)
    {
        var ordering = VersionOrderings.ForEcosystem(ecosystem);
        Assert.NotNull(ordering);
        var failures = new List<string>();
        var cases = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(TestData.Path("osv", "osv-scalibr-semantic-testdata", "semantic", "testdata", file)))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("// ", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(' ');
            Assert.True(parts.Length == 3, $"{file}:{lineNumber}: not 'a op b': {line}");
            var expected = parts[1] switch { "<" => -1, "=" => 0, ">" => 1, _ => throw new InvalidDataException(line) };
            cases++;
            if ((ecosystem == "Alpine" && KnownAlpineDisagreements.Contains(line)) || (ecosystem == "Maven" && KnownMavenDisagreements.Contains(line)))
            {
                if (ordering.TryCompare(parts[0], parts[2], out var known) && Math.Sign(known) == expected)
                {
                    failures.Add($"{file}:{lineNumber}: {line}: listed as a known disagreement but now agrees; remove it from the list");
                }

                continue;
            }

            if (!ordering.TryCompare(parts[0], parts[2], out var forward) || !ordering.TryCompare(parts[2], parts[0], out var backward))
            {
                failures.Add($"{file}:{lineNumber}: {line}: refused as invalid");
            }
            else if (Math.Sign(forward) != expected || Math.Sign(backward) != -expected)
            {
                failures.Add($"{file}:{lineNumber}: {line}: got {forward} and reversed {backward}");
            }
        }

        Assert.True(cases > 0, $"{file} has no cases");
        Assert.True(failures.Count == 0, $"{ordering.Rules}: {failures.Count} of {cases} cases failed:\n" + string.Join('\n', failures));
    }

    [Theory]
    [InlineData("Go", "v1.2.3", "v1.2.3+incompatible", 0)]
    [InlineData("Go", "v0.0.0-20210101000000-abcdefabcdef", "v0.0.0-20220101000000-abcdefabcdef", -1)]
    [InlineData("Go", "v1.2.4-0.20210101000000-abcdefabcdef", "v1.2.3", 1)]
    [InlineData("PyPI", "1!1.0", "2.0", 1)]
    [InlineData("PyPI", "1.0.dev0", "1.0a1", -1)]
    [InlineData("PyPI", "1.0a1", "1.0", -1)]
    [InlineData("PyPI", "1.0", "1.0.post1", -1)]
    [InlineData("PyPI", "1.0+abc.5", "1.0+abc.10", -1)]
    [InlineData("PyPI", "1.0", "1.0.0", 0)]
    [InlineData("PyPI", "1.0RC1", "1.0rc1", 0)]
    [InlineData("Debian", "1.0~rc1", "1.0", -1)]
    [InlineData("Debian", "1:0.9", "2.0", 1)]
    [InlineData("Debian:12", "2.36-9+deb12u1", "2.36-9", 1)]
    [InlineData("Maven", "1.0-alpha1", "1.0", -1)]
    [InlineData("Maven", "1.0.RELEASE", "1.0", 0)]
    [InlineData("Maven", "1.0-SNAPSHOT", "1.0-rc1", 1)]
    [InlineData("NuGet", "1.0.0-BETA", "1.0.0-beta", 0)]
    [InlineData("Alpine:v3.20", "1.2.3-r1", "1.2.3_rc1-r5", 1)]
    [InlineData("RubyGems", "1.0.0.pre", "1.0.0", -1)]
    [InlineData("Packagist", "1.0.0-RC1", "1.0.0", -1)]
    public void Spec_examples_order_as_their_specs_say(string ecosystem, string left, string right, int expected)
    {
        var ordering = VersionOrderings.ForEcosystem(ecosystem);
        Assert.NotNull(ordering);
        Assert.True(ordering.TryCompare(left, right, out var order));
        Assert.Equal(expected, Math.Sign(order));
    }

    [Theory]
    [InlineData("npm", "not a version")]
    [InlineData("NuGet", "1.2.3.4.5")]
    [InlineData("Debian", "1.2.3-not-a-debian:version!@#$")]
    [InlineData("RubyGems", "beta")]
    public void Versions_an_ecosystem_cannot_read_are_refused(string ecosystem, string version)
    {
        var ordering = VersionOrderings.ForEcosystem(ecosystem)!;
        Assert.False(ordering.IsValid(version));
        Assert.False(ordering.TryCompare(version, "1.0.0", out _));
    }

    [Fact]
    public void Ecosystems_without_an_ordering_get_none()
    {
        Assert.Null(VersionOrderings.ForEcosystem("Hackage"));
        Assert.Null(VersionOrderings.ForEcosystem("pypi"));
    }
}
