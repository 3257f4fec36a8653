using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Scans;

/// <summary>How a campaign scans. Dynamic testing, network scanning and agentic testing touch live systems ("active").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScanTechnique>))]
public enum ScanTechnique
{
    /// <summary>Reading source or binaries; touches no running system.</summary>
    [JsonStringEnumMemberName("static-analysis")] StaticAnalysis,

    /// <summary>Fuzzing a build the scanner runs itself.</summary>
    [JsonStringEnumMemberName("fuzzing")] Fuzzing,

    /// <summary>Dynamic application testing of a running service (active).</summary>
    [JsonStringEnumMemberName("dynamic-testing")] DynamicTesting,

    /// <summary>Network scanning of address ranges or hosts (active).</summary>
    [JsonStringEnumMemberName("network-scanning")] NetworkScanning,

    /// <summary>An AI agent probing a running system (active).</summary>
    [JsonStringEnumMemberName("agentic-testing")] AgenticTesting,
}

/// <summary>What kind of thing a target or an asset is; the clearinghouse infers it from the target's text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScanTargetKind>))]
public enum ScanTargetKind
{
    /// <summary>An IPv4 or IPv6 address or CIDR range: <c>192.0.2.0/24</c>, <c>2001:db8::/32</c>.</summary>
    [JsonStringEnumMemberName("network")] Network,

    /// <summary>A domain name with its subdomains, or one host name: <c>example.org</c>.</summary>
    [JsonStringEnumMemberName("domain")] Domain,

    /// <summary>A source repository URL (or a whole account's repositories): <c>https://github.com/acme/app</c>.</summary>
    [JsonStringEnumMemberName("repository")] Repository,

    /// <summary>A package URL, or a whole namespace: <c>pkg:npm/left-pad</c>, <c>pkg:npm/@acme/*</c>.</summary>
    [JsonStringEnumMemberName("package")] Package,
}

/// <summary>Where an ownership claim stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssetStatus>))]
public enum AssetStatus
{
    /// <summary>Registered; ownership not proven yet.</summary>
    [JsonStringEnumMemberName("pending")] Pending,

    /// <summary>Proven by a challenge or confirmed by a clearinghouse analyst.</summary>
    [JsonStringEnumMemberName("verified")] Verified,

    /// <summary>Overlaps another organization's claim: an analyst decides.</summary>
    [JsonStringEnumMemberName("disputed")] Disputed,

    /// <summary>Refused by an analyst; it gives no rights.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}

/// <summary>How ownership of an asset is proven.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChallengeMethod>))]
public enum ChallengeMethod
{
    /// <summary>A DNS TXT record <c>_clearinghouse-challenge.DOMAIN</c> holding the token.</summary>
    [JsonStringEnumMemberName("dns-txt")] DnsTxt,

    /// <summary>The token as the body of <c>https://DOMAIN/.well-known/clearinghouse-challenge.txt</c> (or the repository's file of that path).</summary>
    [JsonStringEnumMemberName("http-well-known")] HttpWellKnown,
}

/// <summary>Whether a blackout repeats every week or happens once.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BlackoutRecurrence>))]
public enum BlackoutRecurrence
{
    /// <summary>On the given weekdays, from a local time to a local time.</summary>
    [JsonStringEnumMemberName("weekly")] Weekly,

    /// <summary>Once, from a local date and time to another.</summary>
    [JsonStringEnumMemberName("once")] Once,
}
