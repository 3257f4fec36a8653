using Clearinghouse.Contracts.Findings;
using Clearinghouse.Findings;

namespace Clearinghouse.Tests.Findings;

/// <summary>Fingerprint scheme 1 as documented (docs/adr/009), and the normalizations it relies on.</summary>
public sealed class FingerprintTests
{
    private static readonly FindingsOptions Options = new();

    [Fact]
    public void Scheme_1_hashes_match_an_independent_computation_from_the_documented_layout()
    {
        // Computed with Python's hashlib from the description in FindingFingerprints: tag, kind, then name/value parts,
        // each as a 4-byte big-endian length and UTF-8 bytes.
        Assert.Equal("f3f43469360d15b81e0b78a5cd3612f92475a28017f8d1649b544b7c1570a815",
            FindingFingerprints.Hash("exact-location", ("target", "repo:github.com/madler/zlib@0123abc"), ("rule", "cpp/overflow"), ("file", "inflate.c"), ("line", "42")));
        Assert.Equal("d1ca01ff26e296b1d667ff2a63ef761ecdaaf144e9ea6d10fae3b873d4392b94",
            FindingFingerprints.Hash("package-weakness-location", ("target", "pkg:npm/left-pad"), ("affected", "1.3.0"), ("weakness", "CWE-787"), ("file", "index.js"), ("where", "leftPad")));
    }

    [Fact]
    public void The_same_bug_written_differently_gets_the_same_keys_and_another_version_or_file_does_not()
    {
        var a = Keys(new FindingTarget { Repository = "https://github.com/Madler/zlib.git/", Commit = "0123abc" }, "./src\\inflate.c", "inflate_fast");
        var b = Keys(new FindingTarget { Repository = "https://github.com/madler/zlib", Commit = "0123abc" }, "file:///src/inflate.c", " inflate_fast ");
        var otherFile = Keys(new FindingTarget { Repository = "https://github.com/madler/zlib", Commit = "0123abc" }, "src/deflate.c", "inflate_fast");

        Assert.Equal(a, b);
        Assert.Empty(a.Intersect(otherFile));
        Assert.Equal(["exact-location", "package-weakness-location"], a.Select(k => k.Kind));
    }

    [Fact]
    public void A_purl_target_is_compared_without_qualifiers_and_its_version_only_where_the_kind_says()
    {
        var withQualifier = Normalize(new FindingTarget { Purl = "pkg:npm/left-pad@1.3.0?repository_url=https://registry.example" }, "index.js", "leftPad");
        var plain = Normalize(new FindingTarget { Purl = "pkg:npm/left-pad@1.3.0" }, "index.js", "leftPad");

        Assert.Equal("pkg:npm/left-pad", withQualifier.Target);
        Assert.Equal(plain.TargetVersioned, withQualifier.TargetVersioned);
        Assert.Equal("pkg:npm/left-pad@1.3.0", plain.TargetVersioned);
    }

    private static List<(string Kind, string Hash)> Keys(FindingTarget target, string file, string function) =>
        [.. FindingFingerprints.Compute(Normalize(target, file, function))];

    private static NormalizedFinding Normalize(FindingTarget target, string file, string function)
    {
        var errors = new Dictionary<string, string[]>();
        var finding = FindingRules.Normalize(new FindingSubmission
        {
            Title = "Overflow",
            Target = target,
            Weakness = "CWE-787",
            RuleId = "cpp/overflow",
            Location = new FindingLocation { File = file, Line = 42, Function = function },
            FoundBy = new FindingOrigin { Tool = "t" },
        }, "", Options, errors);
        Assert.Empty(errors);
        return finding!;
    }
}
