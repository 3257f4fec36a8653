namespace Clearinghouse.Standards.Matching;

/// <summary>How much an operator's mission depends on one asset (a named system such as "EHR server").</summary>
public enum AssetCriticality
{
    /// <summary>Its loss is an inconvenience.</summary>
    Low,

    /// <summary>Its loss degrades the mission.</summary>
    Medium,

    /// <summary>Its loss stops part of the mission.</summary>
    High,

    /// <summary>Its loss stops the mission or endangers people.</summary>
    Critical,
}
