using System.ComponentModel.DataAnnotations;

namespace Clearinghouse.Contracts.Exposure;

/// <summary>Registers an asset: a named system of the organization whose inventory is matched.</summary>
public sealed record AssetRequest
{
    /// <summary>The name people use, e.g. "EHR server".</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>How much the mission depends on it.</summary>
    public required AssetCriticality Criticality { get; init; }

    /// <summary>True when it is reachable from the internet (BOD 26-04's Publicly Exposed).</summary>
    public bool InternetExposed { get; init; }
}

/// <summary>Records the remediation status of an exposure.</summary>
public sealed record ExposureStatusRequest
{
    /// <summary>The new status.</summary>
    public required ExposureStatus Status { get; init; }

    /// <summary>Why it is not affected; required for <see cref="ExposureStatus.NotAffected"/>.</summary>
    public NotAffectedJustification? Justification { get; init; }

    /// <summary>Until when the risk is accepted; required for <see cref="ExposureStatus.RiskAccepted"/>, and in the future.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>What was done, for the history.</summary>
    [StringLength(4_000)]
    public string? Note { get; init; }
}

/// <summary>Registers a webhook: the organization's endpoint, told of every new exposure, with an HMAC-SHA256 signature.</summary>
public sealed record WebhookRequest
{
    /// <summary>The absolute http(s) URL that receives the POSTs.</summary>
    [Required, StringLength(2_000)]
    public required string Url { get; init; }

    /// <summary>The shared secret the signature is keyed with (at least 16 characters).</summary>
    [Required, StringLength(200, MinimumLength = 16)]
    public required string Secret { get; init; }
}
