using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Exposure;

/// <summary>How much the operator's mission depends on an asset.</summary>
public enum AssetCriticality
{
    /// <summary>Its loss is an inconvenience.</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>Its loss degrades the mission.</summary>
    [JsonStringEnumMemberName("medium")] Medium,

    /// <summary>Its loss stops part of the mission.</summary>
    [JsonStringEnumMemberName("high")] High,

    /// <summary>Its loss stops the mission or endangers people.</summary>
    [JsonStringEnumMemberName("critical")] Critical,
}

/// <summary>The operator's remediation status of one exposure (the VEX statuses, plus mitigated and risk accepted).</summary>
public enum ExposureStatus
{
    /// <summary>Affected and not yet remediated: it is in the queue.</summary>
    [JsonStringEnumMemberName("affected")] Affected,

    /// <summary>Not affected, with a justification.</summary>
    [JsonStringEnumMemberName("not_affected")] NotAffected,

    /// <summary>Fixed (upgraded, patched, or the component is gone).</summary>
    [JsonStringEnumMemberName("fixed")] Fixed,

    /// <summary>A mitigation is in place; the component is still vulnerable.</summary>
    [JsonStringEnumMemberName("mitigated")] Mitigated,

    /// <summary>The risk is accepted until an expiry date, after which the exposure is back in the queue.</summary>
    [JsonStringEnumMemberName("risk_accepted")] RiskAccepted,
}

/// <summary>Why a product is not affected: the CSAF 2.0 flag labels, which OpenVEX 0.2 uses as its justifications.</summary>
public enum NotAffectedJustification
{
    /// <summary>The vulnerable component is not present.</summary>
    [JsonStringEnumMemberName("component_not_present")] ComponentNotPresent,

    /// <summary>The vulnerable code is not present.</summary>
    [JsonStringEnumMemberName("vulnerable_code_not_present")] VulnerableCodeNotPresent,

    /// <summary>The vulnerable code is never executed.</summary>
    [JsonStringEnumMemberName("vulnerable_code_not_in_execute_path")] VulnerableCodeNotInExecutePath,

    /// <summary>An adversary cannot control the vulnerable code.</summary>
    [JsonStringEnumMemberName("vulnerable_code_cannot_be_controlled_by_adversary")] VulnerableCodeCannotBeControlledByAdversary,

    /// <summary>Built-in protections prevent exploitation.</summary>
    [JsonStringEnumMemberName("inline_mitigations_already_exist")] InlineMitigationsAlreadyExist,
}
