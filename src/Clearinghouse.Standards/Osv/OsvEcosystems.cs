using System.Diagnostics.CodeAnalysis;
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
    /// <summary>
    /// The package URL for a package of an OSV ecosystem, the inverse of <see cref="TryFromPurl"/>. An ecosystem with a
    /// release suffix (<c>Debian:12</c>, <c>Alpine:v3.19</c>) maps by its base name, with the distribution as namespace.
    /// False for an ecosystem the table does not know, or a name that makes no purl.
    /// </summary>
    public static bool TryToPurl(string ecosystem, string name, string? version, [NotNullWhen(true)] out PackageUrl? purl)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        ArgumentNullException.ThrowIfNull(name);
        purl = null;
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var baseName = colon < 0 ? ecosystem : ecosystem[..colon];
        foreach (var (type, entry) in ByPurlType)
        {
            if (!string.Equals(entry.Ecosystem, baseName, StringComparison.Ordinal))
            {
                continue;
            }

            string? ns = type switch { "deb" => "debian", "apk" => "alpine", _ => null };
            var simpleName = name;
            if (entry.Join is { } join && name.LastIndexOf(join) is var at and > 0)
            {
                ns = name[..at];
                simpleName = name[(at + 1)..];
            }

            return PackageUrl.TryCreate(type, ns, simpleName, version, null, null, out purl, out _);
        }

        return false;
    }
}
