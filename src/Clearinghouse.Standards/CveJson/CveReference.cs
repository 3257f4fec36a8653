namespace Clearinghouse.Standards.CveJson;

/// <summary>A reference (<c>references[]</c>).</summary>
/// <param name="Url">The URL.</param>
/// <param name="Name">A name for it, if given.</param>
/// <param name="Tags">Its tags (<c>vendor-advisory</c>, <c>patch</c>, <c>x_refsource_MISC</c>, …); empty when none.</param>
public sealed record CveReference(string Url, string? Name, IReadOnlyList<string> Tags);
