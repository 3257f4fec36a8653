using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Matching;

/// <summary>What is known about one exposure when it is prioritized: the match, the asset and its operator.</summary>
/// <param name="Match">The vulnerable component and its vulnerability.</param>
/// <param name="ComponentName">The component's name for people (<c>log4j-core</c>).</param>
/// <param name="Criticality">The asset's criticality.</param>
/// <param name="PubliclyExposed">Whether the operator declared the asset reachable from the internet.</param>
/// <param name="OperatorImpact">The operator's SSVC Mission and Well-Being Impact (its setting, or its sector and size tier); null when unknown.</param>
/// <param name="FederalAgency">True for a federal agency, which BOD 26-04 binds.</param>
/// <param name="ExposedAssets">How many of the operator's assets the vulnerability reaches.</param>
/// <param name="FirstSeen">The day the exposure was first found, from which a non-KEV due date is counted.</param>
public sealed record ExposureFacts(
    AdvisoryMatch Match,
    string ComponentName,
    AssetCriticality Criticality,
    bool PubliclyExposed,
    MissionWellbeingImpact? OperatorImpact,
    bool FederalAgency,
    int ExposedAssets,
    DateOnly FirstSeen);
