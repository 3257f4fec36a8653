namespace Clearinghouse.Standards.Versions;

/// <summary>
/// The version ordering of each ecosystem, by the ecosystem names of the OSV schema (ossf/osv-schema, ecosystems.json).
/// One explicit table. A release suffix (<c>Debian:12</c>, <c>Alpine:v3.20</c>) is ignored.
/// </summary>
public static class VersionOrderings
{
    private static readonly Dictionary<string, IVersionOrdering> ByEcosystem = new(StringComparer.Ordinal)
    {
        ["npm"] = SemVerOrdering.Instance,
        ["crates.io"] = SemVerOrdering.Instance,
        ["Go"] = SemVerOrdering.Instance,
        ["Hex"] = SemVerOrdering.Instance,
        ["PyPI"] = Pep440Ordering.Instance,
        ["Maven"] = MavenOrdering.Instance,
        ["NuGet"] = NuGetOrdering.Instance,
        ["RubyGems"] = RubyGemsOrdering.Instance,
        ["Packagist"] = PackagistOrdering.Instance,
        ["Debian"] = DebianOrdering.Instance,
        ["Ubuntu"] = DebianOrdering.Instance,
        ["Alpine"] = AlpineOrdering.Instance,
    };

    /// <summary>The ordering OSV <c>SEMVER</c> ranges use, whatever the ecosystem.</summary>
    public static IVersionOrdering SemVer => SemVerOrdering.Instance;

    /// <summary>The ordering for an OSV ecosystem name (case-sensitive, as the schema spells it); null when there is none here.</summary>
    public static IVersionOrdering? ForEcosystem(string ecosystem)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 ? ecosystem[..colon] : ecosystem;
        return ByEcosystem.GetValueOrDefault(name);
    }

    /// <summary>The ecosystem names that have an ordering.</summary>
    public static IReadOnlyCollection<string> Ecosystems => ByEcosystem.Keys;
}
