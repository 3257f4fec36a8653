using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// The normalized identity of a package across SBOMs and advisories: the OSV ecosystem without its release suffix
/// (<c>Debian:12</c> is <c>Debian</c>) and the OSV package name (PyPI names in PEP 503 normal form). Two spellings of the
/// same package give the same key, so the index is a plain dictionary lookup. Its hash code is worked out once, when the
/// key is made, so a component's key costs no hashing on each lookup (its parts are get-only, so no <c>with</c> can make the
/// hash stale).
/// </summary>
/// <param name="Ecosystem">The OSV ecosystem's base name: <c>npm</c>, <c>PyPI</c>, <c>Maven</c>, <c>Debian</c>.</param>
/// <param name="Name">The package name as OSV writes it, normalized where the ecosystem says names are equal.</param>
public readonly record struct PackageKey(string Ecosystem, string Name)
{
    private readonly int hash = Hash(Ecosystem, Name);

    /// <summary>The OSV ecosystem's base name: <c>npm</c>, <c>PyPI</c>, <c>Maven</c>, <c>Debian</c>.</summary>
    public string Ecosystem { get; } = Ecosystem;

    /// <summary>The package name as OSV writes it, normalized where the ecosystem says names are equal.</summary>
    public string Name { get; } = Name;

    /// <summary>The key of a package URL; false for a purl type that has no OSV ecosystem.</summary>
    public static bool TryFromPurl(PackageUrl purl, out PackageKey key)
    {
        ArgumentNullException.ThrowIfNull(purl);
        if (!OsvEcosystems.TryFromPurl(purl, out var ecosystem, out var name))
        {
            key = default;
            return false;
        }

        key = Create(ecosystem, name);
        return true;
    }

    /// <summary>The key of an OSV package.</summary>
    public static PackageKey FromOsv(OsvPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Create(package.Ecosystem, package.Name);
    }

    /// <summary>The key of an ecosystem (with or without release suffix) and a name.</summary>
    public static PackageKey Create(string ecosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        ArgumentNullException.ThrowIfNull(name);
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var baseName = colon < 0 ? ecosystem : ecosystem[..colon];
        return new(baseName, baseName == "PyPI" ? OsvRecord.Pep503(name) : name);
    }

    /// <summary>Whether both parts are equal (ordinal), the cached hash codes compared first.</summary>
    public bool Equals(PackageKey other) =>
        hash == other.hash && string.Equals(Ecosystem, other.Ecosystem, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <summary>The hash code worked out when the key was made (0 for the default key).</summary>
    public override int GetHashCode() => hash;

    /// <summary><c>Ecosystem/name</c>.</summary>
    public override string ToString() => Ecosystem + "/" + Name;

    // 0 when both parts are null, as for the default key.
    private static int Hash(string? ecosystem, string? name) => ecosystem is null && name is null ? 0 : HashCode.Combine(ecosystem, name);
}
