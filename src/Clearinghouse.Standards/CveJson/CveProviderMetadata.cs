namespace Clearinghouse.Standards.CveJson;

/// <summary>Who provided a container (<c>providerMetadata</c>).</summary>
/// <param name="OrgId">The organization's UUID.</param>
/// <param name="ShortName">Its short name, e.g. <c>CISA-ADP</c>, if given.</param>
/// <param name="DateUpdated">When it last updated the container, as written, if given.</param>
public sealed record CveProviderMetadata(string OrgId, string? ShortName, string? DateUpdated);
