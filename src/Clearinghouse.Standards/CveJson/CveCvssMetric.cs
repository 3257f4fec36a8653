using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// A CVSS object of a metric (<c>cvssV2_0</c>, <c>cvssV3_0</c>, <c>cvssV3_1</c> or <c>cvssV4_0</c>), kept whole as written,
/// with its vector string, base score and severity read out and the vector parsed.
/// </summary>
/// <param name="Member">The member it came from, e.g. <c>cvssV3_1</c>.</param>
/// <param name="VectorString">The vector as written.</param>
/// <param name="BaseScore">The base score as written, if it is a number.</param>
/// <param name="BaseSeverity">The base severity as written (v3 and v4), if given.</param>
/// <param name="Vector">The parsed vector; null when <paramref name="VectorString"/> is not a valid CVSS vector (a diagnostic says why).</param>
/// <param name="Json">The whole object as raw JSON, as written, which the writer emits unchanged.</param>
public sealed record CveCvssMetric(string Member, string VectorString, decimal? BaseScore, string? BaseSeverity, CvssVector? Vector, string Json);
