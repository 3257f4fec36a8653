namespace Clearinghouse.Standards.Osv;

/// <summary>A <c>severity[]</c> entry: a scoring system and its score (a CVSS vector, for example).</summary>
/// <param name="Type">The scoring system: <c>CVSS_V3</c>, <c>CVSS_V4</c>, <c>Ubuntu</c>...</param>
/// <param name="Score">The score, as written.</param>
public sealed record OsvSeverity(string Type, string Score);
