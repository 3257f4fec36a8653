namespace Clearinghouse.Standards.CveJson;

/// <summary>A text in a language (descriptions, metric scenarios, rejection reasons).</summary>
/// <param name="Lang">The BCP 47 language tag, e.g. <c>en</c>.</param>
/// <param name="Value">The text.</param>
/// <param name="SupportingMedia">Richer forms of the text (e.g. HTML), if given; empty when none.</param>
public sealed record CveText(string Lang, string Value, IReadOnlyList<CveSupportingMedia> SupportingMedia);
