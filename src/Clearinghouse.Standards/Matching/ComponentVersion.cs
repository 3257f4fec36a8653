using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// A component's version as matching reads it: normalized once, and read into a key by each ordering its package's
/// ranges use (SemVer and the ecosystem's own) at most once, however many vulnerabilities and bounds it is compared with.
/// A mutable struct passed by reference, so the keys it caches cost nothing more per check.
/// </summary>
internal struct ComponentVersion
{
    private readonly IVersionOrdering? ecosystem;
    private VersionKey? semVerKey;
    private VersionKey? ecosystemKey;
    private bool semVerRead;
    private bool ecosystemRead;

    public ComponentVersion(PackageKey package, string version)
        : this(package, VersionOrderings.ForEcosystem(package.Ecosystem), version)
    {
    }

    /// <summary>A component's version, its package's ecosystem ordering (<see cref="VersionOrderings.ForEcosystem"/>) already looked up.</summary>
    public ComponentVersion(PackageKey package, IVersionOrdering? ecosystem, string version)
    {
        // Go module versions carry a "v" in purls and SBOMs but not in OSV's SEMVER ranges.
        Text = package.Ecosystem == "Go" && version.Length > 1 && version[0] == 'v' && char.IsAsciiDigit(version[1]) ? version[1..] : version;
        this.ecosystem = ecosystem;
    }

    /// <summary>A version compared as written, as an advisory's own fixed versions are.</summary>
    public ComponentVersion(IVersionOrdering? ecosystem, string version)
    {
        Text = version;
        this.ecosystem = ecosystem;
    }

    public string Text { get; }

    /// <summary>The version read by <paramref name="ordering"/>; null when that ordering refuses it.</summary>
    public VersionKey? Key(IVersionOrdering ordering)
    {
        if (ReferenceEquals(ordering, VersionOrderings.SemVer))
        {
            if (!semVerRead)
            {
                semVerKey = ordering.ReadKey(Text);
                semVerRead = true;
            }

            return semVerKey;
        }

        if (ReferenceEquals(ordering, ecosystem))
        {
            if (!ecosystemRead)
            {
                ecosystemKey = ordering.ReadKey(Text);
                ecosystemRead = true;
            }

            return ecosystemKey;
        }

        return ordering.ReadKey(Text);
    }
}
