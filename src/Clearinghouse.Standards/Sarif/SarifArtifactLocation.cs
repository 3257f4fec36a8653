namespace Clearinghouse.Standards.Sarif;

/// <summary>Where an artifact is (§3.4): a URI, possibly relative to a named base, or an index into the run's artifacts.</summary>
/// <param name="Uri">The URI as written (relative or absolute), if given.</param>
/// <param name="UriBaseId">The name of the base the URI is relative to (e.g. <c>%SRCROOT%</c>), if given.</param>
/// <param name="Index">The index into <see cref="SarifRun.Artifacts"/>, if given.</param>
public sealed record SarifArtifactLocation(string? Uri, string? UriBaseId, int? Index);
