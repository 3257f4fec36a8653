using System.ComponentModel.DataAnnotations;

namespace Clearinghouse.Contracts.Scans;

/// <summary>An organization claims an asset it owns: an address range, a domain, a repository or a package namespace.</summary>
public sealed record RegisterAssetRequest
{
    /// <summary>
    /// The asset: <c>192.0.2.0/24</c>, <c>2001:db8::/48</c>, <c>example.org</c> (with its subdomains),
    /// <c>https://github.com/acme/app</c> or <c>https://github.com/acme</c>, <c>pkg:npm/@acme/*</c> or <c>pkg:pypi/acme-tool</c>.
    /// </summary>
    [Required, StringLength(1000, MinimumLength = 1)]
    public required string Target { get; init; }
}

/// <summary>Asks the clearinghouse to check the asset's ownership challenge now.</summary>
public sealed record VerifyAssetRequest
{
    /// <summary>Where the token was published.</summary>
    [Required]
    public required ChallengeMethod Method { get; init; }
}

/// <summary>A clearinghouse analyst's decision on an ownership claim.</summary>
public sealed record AssetDecisionRequest
{
    /// <summary>True to confirm the claim (overlapping claims by other organizations are then rejected); false to reject it.</summary>
    public required bool Confirm { get; init; }

    /// <summary>What the analyst checked (a contract, an RIR record, a call to the owner).</summary>
    [Required, StringLength(2000, MinimumLength = 3)]
    public required string Note { get; init; }
}

/// <summary>An owner's consent to active scanning of one of its verified assets by one scanner organization.</summary>
public sealed record GrantConsentRequest
{
    /// <summary>The owner's verified asset.</summary>
    [Required]
    public required Guid AssetId { get; init; }

    /// <summary>The scanner organization allowed to scan it.</summary>
    [Required]
    public required Guid GranteeOrganizationId { get; init; }

    /// <summary>The techniques allowed (at least one).</summary>
    [Required, MinLength(1)]
    public required IReadOnlyList<ScanTechnique> Techniques { get; init; }

    /// <summary>From when.</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>Until when (exclusive).</summary>
    public required DateTimeOffset ValidUntil { get; init; }

    /// <summary>Conditions the scanner agreed to (rate, hours, excluded paths), for people to read.</summary>
    [StringLength(4000)]
    public string? Conditions { get; init; }

    /// <summary>The highest request rate allowed, requests per second.</summary>
    [Range(1, 1_000_000)]
    public int? MaxRequestsPerSecond { get; init; }
}

/// <summary>A period with no active scanning of the organization's assets (or of one asset), in its own time zone.</summary>
public sealed record DeclareBlackoutRequest
{
    /// <summary>Only this asset of the organization; every asset of it if not given.</summary>
    public Guid? AssetId { get; init; }

    /// <summary>The IANA time zone the times are in: <c>America/Chicago</c>.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public required string TimeZone { get; init; }

    /// <summary>Weekly or once.</summary>
    public required BlackoutRecurrence Recurrence { get; init; }

    /// <summary>Weekly: the weekdays it starts on (<c>monday</c> ... <c>sunday</c>).</summary>
    public IReadOnlyList<string>? Days { get; init; }

    /// <summary>Weekly: local start time <c>HH:mm</c>. Once: local start <c>yyyy-MM-ddTHH:mm</c>.</summary>
    [Required, StringLength(16, MinimumLength = 4)]
    public required string Start { get; init; }

    /// <summary>Weekly: local end time <c>HH:mm</c> (at or before the start: the next day). Once: local end <c>yyyy-MM-ddTHH:mm</c>.</summary>
    [Required, StringLength(16, MinimumLength = 4)]
    public required string End { get; init; }

    /// <summary>Why: "clinical peak hours", "month-end close", "change freeze".</summary>
    [Required, StringLength(300, MinimumLength = 3)]
    public required string Reason { get; init; }
}

/// <summary>A scan campaign a scanner organization plans or registers.</summary>
public sealed record CampaignRequest
{
    /// <summary>A name for people: "Q4 agentic sweep of web frameworks".</summary>
    [Required, StringLength(200, MinimumLength = 3)]
    public required string Name { get; init; }

    /// <summary>What it scans (1 to 10,000 targets), in the forms of <see cref="RegisterAssetRequest.Target"/>; a package may carry a version
    /// (<c>pkg:npm/left-pad@1.3.0</c>) and a repository a commit (<c>https://github.com/acme/app@0123abcd</c>).</summary>
    [Required, MinLength(1), MaxLength(10_000)]
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>How it scans.</summary>
    public required ScanTechnique Technique { get; init; }

    /// <summary>When it starts.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When it ends (exclusive); at most 366 days after the start.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>The addresses or ranges it scans from (required for active techniques), so defenders can recognise its traffic.</summary>
    [MaxLength(1000)]
    public IReadOnlyList<string>? SourceAddresses { get; init; }

    /// <summary>The highest request rate it will send to any one target, requests per second.</summary>
    [Range(1, 1_000_000)]
    public required int MaxRequestsPerSecond { get; init; }

    /// <summary>Whom a defender calls: an e-mail address, a phone number, a URL.</summary>
    [Required, StringLength(300, MinimumLength = 3)]
    public required string Contact { get; init; }
}

/// <summary>A campaign reports what it covered.</summary>
public sealed record CoverageReport
{
    /// <summary>One item per target covered (1 to 10,000).</summary>
    [Required, MinLength(1), MaxLength(10_000)]
    public required IReadOnlyList<CoverageItem> Items { get; init; }
}

/// <summary>One target covered by a campaign.</summary>
public sealed record CoverageItem
{
    /// <summary>The target, as the campaign named it (or inside it); a package with its version or a repository with its commit.</summary>
    [Required, StringLength(1000, MinimumLength = 1)]
    public required string Target { get; init; }

    /// <summary>The tool that did it.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string Tool { get; init; }

    /// <summary>The tool's version.</summary>
    [StringLength(100)]
    public string? ToolVersion { get; init; }

    /// <summary>The AI model, for AI-driven tools.</summary>
    [StringLength(200)]
    public string? Model { get; init; }
}
