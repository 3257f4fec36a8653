using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Standards.Tests.Purl;

public sealed partial class PackageUrlTests
{
    [Theory]
    [MemberData(nameof(PurlSpecCases.Parse), MemberType = typeof(PurlSpecCases))]
    public void Parsing_gives_the_components_the_purl_test_suite_expects(
        string source, string input, string? type, string? @namespace, string? name, string? version, string? qualifiers, string? subpath)
    {
        var parsed = PackageUrl.TryParse(input, out var purl, out var error);
        if (type is null)
        {
            Assert.False(parsed, $"{source}: '{input}' should be refused but parsed as {purl}");
            return;
        }

        Assert.True(parsed, $"{source}: '{input}' was refused: {error}");
        Assert.Equal(type, purl!.Type);
        Assert.Equal(@namespace, purl.Namespace);
        Assert.Equal(name, purl.Name);
        Assert.Equal(version, purl.Version);
        Assert.Equal(qualifiers, purl.Qualifiers.Count == 0 ? null : string.Join('&', purl.Qualifiers.Select(q => q.Key + "=" + q.Value)));
        Assert.Equal(subpath, purl.Subpath);
    }

    [Theory]
    [MemberData(nameof(PurlSpecCases.Validate), MemberType = typeof(PurlSpecCases))]
    public void Validating_gives_the_canonical_form_the_purl_test_suite_expects(string source, string input, string? canonical)
    {
        var parsed = PackageUrl.TryParse(input, out var purl, out var error);
        if (canonical is null)
        {
            Assert.False(parsed, $"{source}: '{input}' should be refused but parsed as {purl}");
            return;
        }

        Assert.True(parsed, $"{source}: '{input}' was refused: {error}");
        Assert.Equal(canonical, purl!.ToString());
    }

    [Theory]
    [MemberData(nameof(PurlSpecCases.Build), MemberType = typeof(PurlSpecCases))]
    public void Building_from_components_gives_the_canonical_form_the_purl_test_suite_expects(
        string source, string? type, string? @namespace, string? name, string? version, string? qualifiers, string? subpath, string? canonical)
    {
        var pairs = qualifiers?.Split('&').Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]));
        var built = PackageUrl.TryCreate(type, @namespace, name, version, pairs, subpath, out var purl, out var error);
        if (canonical is null)
        {
            Assert.False(built, $"{source}: building should fail but gave {purl}");
            return;
        }

        Assert.True(built, $"{source}: building failed: {error}");
        Assert.Equal(canonical, purl!.ToString());
    }

    [Theory]
    [InlineData("pkg:npm/%40Angular/Animation@12.3.1", "pkg:npm/%40Angular/Animation@12.3.1")]
    [InlineData("pkg:pypi/Zope_Interface@5.0", "pkg:pypi/zope-interface@5.0")]
    [InlineData("pkg:nuget/Newtonsoft.Json@13.0.1", "pkg:nuget/Newtonsoft.Json@13.0.1")]
    [InlineData("pkg:deb/Debian/CURL@7.50.3-1?Distro=Jessie&arch=i386", "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=Jessie")]
    [InlineData("pkg:golang/github.com/Sirupsen/logrus@v1.0.0%2Bincompatible", "pkg:golang/github.com/Sirupsen/logrus@v1.0.0%2Bincompatible")]
    [InlineData("pkg:generic/a%20b@1?x=&y=%C3%A9#./c/../d/", "pkg:generic/a%20b@1?y=%C3%A9#c/d")]
    public void Type_specific_rules_and_encoding_give_one_canonical_form(string input, string canonical)
    {
        Assert.Equal(canonical, PackageUrl.Parse(input).ToString());
        Assert.Equal(PackageUrl.Parse(input), PackageUrl.Parse(canonical));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("npm/foo", 0)]
    [InlineData("pkg:npm/foo@1?a=%ZZ", 16)]
    [InlineData("pkg:npm/foo@1?a=1&A=2", 18)]
    [InlineData("pkg:npm/foo@%FF", 12)]
    [InlineData("pkg:npm", 7)]
    [InlineData("pkg:1npm/foo", 4)]
    public void Bad_input_is_refused_with_a_position(string input, int position)
    {
        Assert.False(PackageUrl.TryParse(input, out _, out var error));
        Assert.Equal(position, error.Position);
        Assert.Throws<FormatException>(() => PackageUrl.Parse(input));
    }

    [Fact]
    public void Every_purl_in_the_shared_sbom_files_parses_and_round_trips()
    {
        var purls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(TestData.Path("sbom"), "*", SearchOption.AllDirectories))
        {
            CollectPurls(file, purls);
        }

        var failures = new List<string>();
        var canonicalAsWritten = 0;
        foreach (var text in purls)
        {
            if (!PackageUrl.TryParse(text, out var purl, out var error))
            {
                failures.Add($"{text}: {error}");
                continue;
            }

            var canonical = purl.ToString();
            canonicalAsWritten += canonical == text ? 1 : 0;
            if (!PackageUrl.TryParse(canonical, out var again, out error) || !again.Equals(purl) || again.ToString() != canonical)
            {
                failures.Add($"{text}: canonical form {canonical} does not round-trip ({error})");
            }
        }

        Assert.True(purls.Count > 5000, $"only {purls.Count} distinct purls found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {purls.Count} purls failed ({canonicalAsWritten} were canonical as written):\n" + string.Join('\n', failures));
    }

    private static void CollectPurls(string file, SortedSet<string> purls)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                Walk(document.RootElement, purls);
                return;
            }
            catch (JsonException)
            {
                // Some samples are deliberately broken JSON; fall back to reading them as text.
            }
        }

        foreach (Match match in PurlInText().Matches(File.ReadAllText(file)))
        {
            purls.Add(match.Value.Replace("&amp;", "&", StringComparison.Ordinal));
        }
    }

    private static void Walk(JsonElement element, SortedSet<string> purls)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, purls);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, purls);
                }

                break;
            case JsonValueKind.String when element.GetString() is { } s && s.StartsWith("pkg:", StringComparison.Ordinal):
                purls.Add(s);
                break;
        }
    }

    [GeneratedRegex("""(?<![\w#])pkg:[^\s"'<>]+""")]
    private static partial Regex PurlInText();
}
