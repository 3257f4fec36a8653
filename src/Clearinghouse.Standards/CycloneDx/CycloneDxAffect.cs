namespace Clearinghouse.Standards.CycloneDx;

/// <summary>What a vulnerability affects: a bom-ref (or a BOM-Link to another BOM) and, when given, per-version status.</summary>
public sealed record CycloneDxAffect(string Ref, IReadOnlyList<CycloneDxAffectedVersion> Versions);
