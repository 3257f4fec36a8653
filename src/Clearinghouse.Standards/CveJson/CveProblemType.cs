namespace Clearinghouse.Standards.CveJson;

/// <summary>One problem type description (an entry of <c>problemTypes[].descriptions</c>), often a CWE.</summary>
/// <param name="Group">The index of the enclosing <c>problemTypes</c> entry, so the grouping is kept.</param>
/// <param name="Lang">The language of <paramref name="Description"/>.</param>
/// <param name="Description">The text, e.g. <c>CWE-79 Improper Neutralization of Input…</c>.</param>
/// <param name="CweId">The CWE id, e.g. <c>CWE-79</c>, if given.</param>
/// <param name="Type">The kind, e.g. <c>CWE</c>, if given.</param>
/// <param name="References">References for the problem type; empty when none.</param>
public sealed record CveProblemType(int Group, string Lang, string Description, string? CweId, string? Type, IReadOnlyList<CveReference> References);
