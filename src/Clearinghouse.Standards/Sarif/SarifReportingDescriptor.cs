using System.Text.Json;

namespace Clearinghouse.Standards.Sarif;

/// <summary>A rule of an analysis tool, or a taxon of a taxonomy such as CWE (§3.49 reportingDescriptor).</summary>
/// <param name="Id">The stable id, e.g. <c>js/xss</c> or <c>79</c>.</param>
/// <param name="Name">The readable name, if given.</param>
/// <param name="GuidText">The GUID, if given.</param>
/// <param name="ShortDescription">The short description's text, if given.</param>
/// <param name="FullDescription">The full description's text, if given.</param>
/// <param name="HelpUri">Where to read more, if given.</param>
/// <param name="MessageStrings">Message templates by id (<c>messageStrings</c>, the <c>text</c> of each); empty when none.</param>
/// <param name="DefaultLevel">The level of <c>defaultConfiguration</c>, if given.</param>
/// <param name="Relationships">Relationships to other descriptors (e.g. CWE taxa); empty when none.</param>
/// <param name="Tags">The <c>properties.tags</c> strings; empty when none.</param>
/// <param name="SecuritySeverity">
/// The <c>properties.security-severity</c> as written (GitHub code scanning's convention: a CVSS-like score such as <c>7.5</c>).
/// </param>
/// <param name="Properties">The whole property bag, if given.</param>
public sealed record SarifReportingDescriptor(
    string Id,
    string? Name,
    string? GuidText,
    string? ShortDescription,
    string? FullDescription,
    string? HelpUri,
    IReadOnlyDictionary<string, string> MessageStrings,
    SarifLevel? DefaultLevel,
    IReadOnlyList<SarifRelationship> Relationships,
    IReadOnlyList<string> Tags,
    string? SecuritySeverity,
    JsonElement? Properties);
