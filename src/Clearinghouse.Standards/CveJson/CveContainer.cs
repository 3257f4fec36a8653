namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// A container: the CNA's (<c>containers.cna</c>) or an ADP's (<c>containers.adp[]</c>, e.g. CISA's Vulnrichment). A rejected
/// record's CNA container has only <see cref="ProviderMetadata"/>, <see cref="RejectedReasons"/> and <see cref="ReplacedBy"/>.
/// </summary>
/// <param name="ProviderMetadata">Who provided the container.</param>
/// <param name="Title">A short title, if given.</param>
/// <param name="DateAssigned">When the CNA assigned the id, if given.</param>
/// <param name="DatePublic">When the vulnerability became public, if given.</param>
/// <param name="Descriptions">The descriptions; empty when none.</param>
/// <param name="Affected">The affected products; empty when none.</param>
/// <param name="ProblemTypes">The problem types (CWEs) of every <c>problemTypes</c> entry, flattened; empty when none.</param>
/// <param name="References">The references; empty when none.</param>
/// <param name="Metrics">The metrics (CVSS and others); empty when none.</param>
/// <param name="Timeline">The timeline; empty when none.</param>
/// <param name="Credits">The credits; empty when none.</param>
/// <param name="Tags">The container's tags (e.g. <c>disputed</c>); empty when none.</param>
/// <param name="RejectedReasons">Why the record was rejected; empty unless rejected.</param>
/// <param name="ReplacedBy">The CVE ids that replace a rejected record; empty when none.</param>
/// <param name="Other">
/// Members the model does not read (<c>impacts</c>, <c>solutions</c>, <c>workarounds</c>, <c>exploits</c>, <c>configurations</c>,
/// <c>source</c>, <c>x_</c> extensions…), by name, as raw JSON, kept for writing back.
/// </param>
public sealed record CveContainer(
    CveProviderMetadata ProviderMetadata,
    string? Title,
    string? DateAssigned,
    string? DatePublic,
    IReadOnlyList<CveText> Descriptions,
    IReadOnlyList<CveProduct> Affected,
    IReadOnlyList<CveProblemType> ProblemTypes,
    IReadOnlyList<CveReference> References,
    IReadOnlyList<CveMetric> Metrics,
    IReadOnlyList<CveTimelineEvent> Timeline,
    IReadOnlyList<CveCredit> Credits,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CveText> RejectedReasons,
    IReadOnlyList<string> ReplacedBy,
    IReadOnlyDictionary<string, string> Other);
