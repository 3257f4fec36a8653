namespace Clearinghouse.Standards.Ssvc;

/// <summary>CISA's Mission Prevalence (cisa:MP:1.0.0): how much the vulnerable component matters to mission essential functions.</summary>
public enum MissionPrevalence
{
    /// <summary>The component may be used, but neither supports nor provides a mission essential function.</summary>
    Minimal,

    /// <summary>The component supports mission essential functions.</summary>
    Support,

    /// <summary>The component directly provides a mission essential function; its failure may lead to mission failure.</summary>
    Essential,
}
