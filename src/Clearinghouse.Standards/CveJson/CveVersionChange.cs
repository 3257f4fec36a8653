namespace Clearinghouse.Standards.CveJson;

/// <summary>A point inside a version range where the status changes (e.g. a fix backported to 2.4.7).</summary>
/// <param name="At">The version at which the status changes.</param>
/// <param name="Status">The status from that version on.</param>
public sealed record CveVersionChange(string At, CveVersionStatus Status);
