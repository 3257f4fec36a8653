namespace Clearinghouse.Standards.Sarif;

/// <summary>
/// A reference to a rule or a taxon (§3.52 reportingDescriptorReference) and, when given, to the tool component that
/// defines it (§3.54 toolComponentReference: by name or by index into the run's taxonomies or extensions).
/// </summary>
/// <param name="Id">The descriptor's id, if given.</param>
/// <param name="Index">The descriptor's index in its component's rules or taxa, if given.</param>
/// <param name="GuidText">The descriptor's GUID, if given.</param>
/// <param name="ToolComponentName">The defining component's name, if given.</param>
/// <param name="ToolComponentIndex">The defining component's index, if given.</param>
public sealed record SarifDescriptorReference(string? Id, int? Index, string? GuidText, string? ToolComponentName, int? ToolComponentIndex);
