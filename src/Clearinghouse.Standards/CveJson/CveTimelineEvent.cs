namespace Clearinghouse.Standards.CveJson;

/// <summary>An event in the timeline (<c>timeline[]</c>).</summary>
/// <param name="Time">When, as written (ISO 8601).</param>
/// <param name="Lang">The language of <paramref name="Value"/>.</param>
/// <param name="Value">What happened.</param>
public sealed record CveTimelineEvent(string Time, string Lang, string Value);
