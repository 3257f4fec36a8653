namespace Clearinghouse.Standards.CycloneDx;

/// <summary>A version (or a vers range) of an affected component with its status: <c>affected</c>, <c>unaffected</c> or <c>unknown</c>.</summary>
public sealed record CycloneDxAffectedVersion(string? Version, string? Range, string? Status);
