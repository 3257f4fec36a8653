namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// One entry of a product's <c>versions</c>: a single version, or a range from <paramref name="Version"/> up to
/// <paramref name="LessThan"/> or <paramref name="LessThanOrEqual"/> in the ordering named by <paramref name="VersionType"/>.
/// </summary>
/// <param name="Version">The single version, or the range's start.</param>
/// <param name="Status">The status of the version or range.</param>
/// <param name="LessThan">The range's exclusive end, if a range.</param>
/// <param name="LessThanOrEqual">The range's inclusive end, if a range.</param>
/// <param name="VersionType">The version scheme (<c>semver</c>, <c>git</c>, <c>custom</c>, …), required for ranges.</param>
/// <param name="Changes">Status changes inside the range; empty when none.</param>
public sealed record CveVersion(
    string Version, CveVersionStatus Status, string? LessThan, string? LessThanOrEqual, string? VersionType, IReadOnlyList<CveVersionChange> Changes);
