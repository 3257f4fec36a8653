namespace Clearinghouse.Standards.CycloneDx;

/// <summary>A VEX statement's impact analysis. Dates (1.5 and later) are kept as written.</summary>
public sealed record CycloneDxAnalysis(
    VexState? State,
    VexJustification? Justification,
    IReadOnlyList<VexResponse> Responses,
    string? Detail,
    string? FirstIssued,
    string? LastUpdated);
