namespace Clearinghouse.Standards.Sarif;

/// <summary>A place in an artifact (§3.29).</summary>
/// <param name="ArtifactLocation">The artifact, if given.</param>
/// <param name="Region">The part of the artifact, if given.</param>
/// <param name="ContextRegion">A larger region around <paramref name="Region"/>, for showing context, if given.</param>
public sealed record SarifPhysicalLocation(SarifArtifactLocation? ArtifactLocation, SarifRegion? Region, SarifRegion? ContextRegion);
