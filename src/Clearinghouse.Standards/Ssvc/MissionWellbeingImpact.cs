namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// Mission and Well-Being Impact (ssvc:MWI:1.0.0), the CISA Coordinator table's fourth input. The member names are
/// the table's value names, so <c>impact.ToString()</c> is a valid input to <see cref="SsvcDecisionTable.Decide"/>.
/// </summary>
public enum MissionWellbeingImpact
{
    /// <summary>Mission Prevalence Minimal and Public Well-Being Impact Minimal.</summary>
    Low,

    /// <summary>Neither low nor high: Mission Prevalence Support, or Public Well-Being Impact Material, and neither high condition.</summary>
    Medium,

    /// <summary>Mission Prevalence Essential or Public Well-Being Impact Irreversible.</summary>
    High,
}
