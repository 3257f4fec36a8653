namespace Clearinghouse.Standards.Osv;

/// <summary>One event of a range: a kind and a version (a commit hash for <c>GIT</c> ranges).</summary>
/// <param name="Kind">What happens at the version.</param>
/// <param name="Version">The version, as written.</param>
public sealed record OsvEvent(OsvEventKind Kind, string Version);
