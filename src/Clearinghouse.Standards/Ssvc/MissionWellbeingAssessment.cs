using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>An organization's Mission and Well-Being Impact and how it was reached, or why it could not be.</summary>
public sealed class MissionWellbeingAssessment
{
    internal MissionWellbeingAssessment(
        MissionWellbeingImpact? impact, MissionPrevalence? prevalence, PublicWellbeingImpact? wellbeing, bool overridden, string reason, string? error)
    {
        Impact = impact;
        MissionPrevalence = prevalence;
        PublicWellbeingImpact = wellbeing;
        IsOverridden = overridden;
        Reason = reason;
        Error = error;
    }

    /// <summary>The value to give the Coordinator table; null when the sector or size tier was not understood and no override was given.</summary>
    public MissionWellbeingImpact? Impact { get; }

    /// <summary>The default Mission Prevalence for the size tier; null when the tier was not understood.</summary>
    public MissionPrevalence? MissionPrevalence { get; }

    /// <summary>The default Public Well-Being Impact for the sector and size tier; null when either was not understood.</summary>
    public PublicWellbeingImpact? PublicWellbeingImpact { get; }

    /// <summary>True when the organization's own value replaced the default.</summary>
    public bool IsOverridden { get; }

    /// <summary>Why, for people: the sector, tier, the two components and the rule that combined them, or the override.</summary>
    public string Reason { get; }

    /// <summary>Why no value could be given (an unknown sector or size tier and no override); null otherwise.</summary>
    public string? Error { get; }

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(true, nameof(Impact))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsAssessed => Impact is not null;

    /// <summary><c>High: healthcare, small: ...</c> or the error.</summary>
    public override string ToString() => IsAssessed ? $"{Impact}: {Reason}" : Error;
}
