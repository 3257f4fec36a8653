namespace Clearinghouse.Standards.Spdx;

/// <summary>
/// An SPDX package. Purls and CPEs come from the external references (types <c>purl</c>, <c>cpe22Type</c>,
/// <c>cpe23Type</c>) and are kept as written. Licenses are SPDX expressions as written (or NOASSERTION / NONE).
/// </summary>
public sealed record SpdxPackage(
    string SpdxId,
    string Name,
    string? VersionInfo,
    string? Supplier,
    IReadOnlyList<SpdxChecksum> Checksums,
    IReadOnlyList<SpdxExternalRef> ExternalRefs,
    string? LicenseConcluded,
    string? LicenseDeclared)
{
    /// <summary>The package URLs among the external references.</summary>
    public IReadOnlyList<string> Purls => [.. ExternalRefs.Where(r => r.Type == "purl").Select(r => r.Locator)];

    /// <summary>The CPE names (2.2 or 2.3) among the external references.</summary>
    public IReadOnlyList<string> Cpes => [.. ExternalRefs.Where(r => r.Type is "cpe22Type" or "cpe23Type").Select(r => r.Locator)];

    /// <summary><c>name@version</c>.</summary>
    public override string ToString() => Name + (VersionInfo is null ? "" : "@" + VersionInfo);
}
