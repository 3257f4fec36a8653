using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Standards.Osv;

/// <summary>
/// The one table from a package URL's type to the OSV ecosystem and package name that OSV records use for it
/// (OSV schema, "affected[].package"): <c>pkg:npm/@scope/name</c> is npm <c>@scope/name</c>,
/// <c>pkg:maven/group/artifact</c> is Maven <c>group:artifact</c>, <c>pkg:golang/github.com/x/y</c> is Go <c>github.com/x/y</c>.
/// </summary>
public static class OsvEcosystems
{
    private static readonly Dictionary<string, (string Ecosystem, char? Join)> ByPurlType = new(StringComparer.Ordinal)
    {
        ["npm"] = ("npm", '/'),
        ["pypi"] = ("PyPI", null),
        ["golang"] = ("Go", '/'),
        ["cargo"] = ("crates.io", null),
        ["maven"] = ("Maven", ':'),
        ["nuget"] = ("NuGet", null),
        ["gem"] = ("RubyGems", null),
        ["composer"] = ("Packagist", '/'),
        ["hex"] = ("Hex", null),
        ["pub"] = ("Pub", null),
        ["deb"] = ("Debian", null),
        ["apk"] = ("Alpine", null),
    };

    /// <summary>The purl types this table knows.</summary>
    public static IReadOnlyCollection<string> PurlTypes => ByPurlType.Keys;

    /// <summary>The OSV ecosystem and package name for <paramref name="purl"/>; false for a type OSV has no ecosystem for.</summary>
    public static bool TryFromPurl(PackageUrl purl, out string ecosystem, out string name)
    {
        ArgumentNullException.ThrowIfNull(purl);
        ecosystem = "";
        name = "";
        if (!ByPurlType.TryGetValue(purl.Type, out var entry))
        {
            return false;
        }

        ecosystem = entry.Ecosystem;
        name = purl.Namespace is { Length: > 0 } ns && entry.Join is { } join ? ns + join + purl.Name : purl.Name;
        return true;
    }
}
