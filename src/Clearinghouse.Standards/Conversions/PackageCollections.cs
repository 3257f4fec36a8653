namespace Clearinghouse.Standards.Conversions;

/// <summary>
/// The one table between OSV ecosystems and how CVE JSON 5 names a package's collection (<c>collectionURL</c>, the
/// registry) and its <c>versionType</c>. CVE records write the same registry in several ways (<c>https://pypi.org</c>,
/// <c>https://pypi.python.org</c>, with or without a trailing path), so reading matches on the host.
/// </summary>
internal static class PackageCollections
{
    private static readonly (string Ecosystem, string CollectionUrl, string VersionType, string[] Hosts)[] Table =
    [
        ("npm", "https://www.npmjs.com", "semver", ["www.npmjs.com", "npmjs.com", "registry.npmjs.org"]),
        ("PyPI", "https://pypi.org", "python", ["pypi.org", "pypi.python.org"]),
        ("Go", "https://pkg.go.dev", "semver", ["pkg.go.dev", "proxy.golang.org"]),
        ("crates.io", "https://crates.io", "semver", ["crates.io"]),
        ("Maven", "https://repo.maven.apache.org/maven2", "maven", ["repo.maven.apache.org", "repo1.maven.org", "search.maven.org", "central.sonatype.com"]),
        ("NuGet", "https://www.nuget.org", "nuget", ["www.nuget.org", "nuget.org", "api.nuget.org"]),
        ("RubyGems", "https://rubygems.org", "rubygems", ["rubygems.org"]),
        ("Packagist", "https://packagist.org", "composer", ["packagist.org"]),
        ("Hex", "https://hex.pm", "semver", ["hex.pm"]),
        ("Pub", "https://pub.dev", "semver", ["pub.dev"]),
    ];

    /// <summary>The OSV ecosystem of a CVE <c>collectionURL</c>, if it names a registry in the table.</summary>
    public static string? EcosystemOf(string? collectionUrl)
    {
        if (collectionUrl is null || !Uri.TryCreate(collectionUrl.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        foreach (var entry in Table)
        {
            if (entry.Hosts.Contains(host, StringComparer.Ordinal))
            {
                return entry.Ecosystem;
            }
        }

        return null;
    }

    /// <summary>The CVE <c>collectionURL</c> and <c>versionType</c> for an OSV ecosystem, if the table has it.</summary>
    public static (string CollectionUrl, string VersionType)? Of(string ecosystem)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Ecosystem, ecosystem, StringComparison.Ordinal))
            {
                return (entry.CollectionUrl, entry.VersionType);
            }
        }

        return null;
    }
}
