namespace Clearinghouse.Standards.CveJson;

/// <summary>A credit (<c>credits[]</c>).</summary>
/// <param name="Lang">The language of <paramref name="Value"/>.</param>
/// <param name="Value">Who is credited, and for what.</param>
/// <param name="User">The credited CVE Services user (a UUID), if given.</param>
/// <param name="Type">The kind of credit (<c>finder</c>, <c>reporter</c>, …), if given.</param>
public sealed record CveCredit(string Lang, string Value, string? User, string? Type);
