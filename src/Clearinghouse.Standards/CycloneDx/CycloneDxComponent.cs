namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// A component of a BOM (from <c>metadata.component</c>, <c>components</c> and nested <c>components</c>). The purl is
/// kept as written; it is not parsed here.
/// </summary>
public sealed record CycloneDxComponent(
    string? BomRef,
    string Type,
    string? Group,
    string Name,
    string? Version,
    string? Purl,
    string? Cpe,
    IReadOnlyList<CycloneDxHash> Hashes,
    IReadOnlyList<CycloneDxLicense> Licenses,
    string? Parent)
{
    /// <summary>1.6 identifiers: OmniBOR artifact ids and SoftWare Hash IDentifiers; empty before 1.6.</summary>
    public IReadOnlyList<string> OmniborIds { get; init; } = [];

    /// <summary>1.6 SWHIDs.</summary>
    public IReadOnlyList<string> Swhids { get; init; } = [];

    /// <summary><c>group/name@version</c>.</summary>
    public override string ToString() => (Group is null ? "" : Group + "/") + Name + (Version is null ? "" : "@" + Version);
}
