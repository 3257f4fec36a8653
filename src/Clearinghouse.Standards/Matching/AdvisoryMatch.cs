namespace Clearinghouse.Standards.Matching;

/// <summary>A component version that a known vulnerability affects.</summary>
/// <param name="Vulnerability">The vulnerability.</param>
/// <param name="Package">The component's package.</param>
/// <param name="Version">The component's version, as the SBOM gave it.</param>
/// <param name="FixedVersions">Fixed versions above it that the vulnerability does not affect, lowest first; empty when no fix is published.</param>
public sealed record AdvisoryMatch(KnownVulnerability Vulnerability, PackageKey Package, string Version, IReadOnlyList<string> FixedVersions)
{
    /// <summary>The lowest fixed version to upgrade to, when one is published.</summary>
    public string? Upgrade => FixedVersions.Count > 0 ? FixedVersions[0] : null;
}
