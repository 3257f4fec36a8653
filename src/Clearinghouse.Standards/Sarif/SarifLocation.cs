namespace Clearinghouse.Standards.Sarif;

/// <summary>A location (§3.28): physical, logical, or both.</summary>
/// <param name="Id">The location's id within the result, if given.</param>
/// <param name="PhysicalLocation">The place in an artifact, if given.</param>
/// <param name="LogicalLocations">The logical locations; empty when there are none.</param>
/// <param name="Message">What is at this location, if given.</param>
public sealed record SarifLocation(int? Id, SarifPhysicalLocation? PhysicalLocation, IReadOnlyList<SarifLogicalLocation> LogicalLocations, SarifMessage? Message);
