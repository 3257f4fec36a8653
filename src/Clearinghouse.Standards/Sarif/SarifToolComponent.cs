namespace Clearinghouse.Standards.Sarif;

/// <summary>A tool's driver, an extension, or a taxonomy (§3.19 toolComponent).</summary>
/// <param name="Name">The component's name (required by SARIF; empty if the log leaves it out).</param>
/// <param name="Version">The version as the tool writes it, if given.</param>
/// <param name="SemanticVersion">The version in Semantic Versioning 2.0 form, if given.</param>
/// <param name="Organization">The organization that makes it, if given.</param>
/// <param name="InformationUri">Where to read about it, if given.</param>
/// <param name="Rules">The rules, in order (results refer to them by index).</param>
/// <param name="Taxa">The taxa (for a taxonomy such as CWE), in order.</param>
public sealed record SarifToolComponent(
    string Name,
    string? Version,
    string? SemanticVersion,
    string? Organization,
    string? InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules,
    IReadOnlyList<SarifReportingDescriptor> Taxa);
