namespace Clearinghouse.Standards.Sarif;

/// <summary>A file or other artifact the run analysed or mentioned (§3.24).</summary>
/// <param name="Location">Where it is, if given.</param>
/// <param name="MimeType">Its MIME type, if given.</param>
/// <param name="Length">Its length in bytes, if given (−1 means unknown in SARIF).</param>
/// <param name="Roles">Its roles (<c>analysisTarget</c>, <c>resultFile</c>, …); empty when none.</param>
/// <param name="Hashes">Its digests by algorithm name (e.g. <c>sha-256</c>); empty when none.</param>
public sealed record SarifArtifact(
    SarifArtifactLocation? Location, string? MimeType, long? Length, IReadOnlyList<string> Roles, IReadOnlyDictionary<string, string> Hashes);
