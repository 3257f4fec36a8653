namespace Clearinghouse.Standards.Inspect;

/// <summary>A score value read as a pass/fail attempt.</summary>
public enum ScoreOutcome
{
    /// <summary>The value cannot be read as pass or fail (a map, a list, free text, a number outside [0, 1], NaN); the attempt is not counted.</summary>
    Unscorable,

    /// <summary>The attempt failed.</summary>
    Failure,

    /// <summary>The attempt succeeded.</summary>
    Success,
}
