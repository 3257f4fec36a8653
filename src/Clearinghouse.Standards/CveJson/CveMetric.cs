namespace Clearinghouse.Standards.CveJson;

/// <summary>An entry of <c>metrics</c>: CVSS scores of any version, or another scoring (<c>other</c>, e.g. CISA's SSVC or KEV entries).</summary>
/// <param name="Format">The format name (e.g. <c>CVSS</c>), if given.</param>
/// <param name="Scenarios">The scenarios the scores apply to; empty when none.</param>
/// <param name="Cvss">The CVSS objects present, in the order v4.0, v3.1, v3.0, v2.0.</param>
/// <param name="OtherType">The type of <c>other</c> (e.g. <c>ssvc</c>, <c>kev</c>), if there is one.</param>
/// <param name="OtherContent">The content of <c>other</c>, as raw JSON, if there is one.</param>
public sealed record CveMetric(string? Format, IReadOnlyList<CveText> Scenarios, IReadOnlyList<CveCvssMetric> Cvss, string? OtherType, string? OtherContent);
