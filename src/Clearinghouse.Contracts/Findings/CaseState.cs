using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Findings;

/// <summary>Where a case is in its life, from intake to closing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseState>))]
public enum CaseState
{
    /// <summary>Just opened from a finding; nobody has looked yet.</summary>
    [JsonStringEnumMemberName("new")] New,

    /// <summary>An analyst is triaging it.</summary>
    [JsonStringEnumMemberName("triage")] Triage,

    /// <summary>Being reproduced in the sandbox or checked by an analyst.</summary>
    [JsonStringEnumMemberName("verifying")] Verifying,

    /// <summary>Shown to be real, by reproduction or by an analyst's verdict.</summary>
    [JsonStringEnumMemberName("validated")] Validated,

    /// <summary>Not taken further; the rejection reason says why.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,

    /// <summary>Disclosure is being coordinated with the maintainers.</summary>
    [JsonStringEnumMemberName("coordinating")] Coordinating,

    /// <summary>The maintainers have fixed it.</summary>
    [JsonStringEnumMemberName("fixed")] Fixed,

    /// <summary>An advisory has been published.</summary>
    [JsonStringEnumMemberName("published")] Published,

    /// <summary>Nothing more to do.</summary>
    [JsonStringEnumMemberName("closed")] Closed,
}

/// <summary>Why a case was rejected.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionReason>))]
public enum RejectionReason
{
    /// <summary>It is the same vulnerability as another case.</summary>
    [JsonStringEnumMemberName("duplicate")] Duplicate,

    /// <summary>It is not a vulnerability.</summary>
    [JsonStringEnumMemberName("invalid")] Invalid,

    /// <summary>The reproduction did not show it, and no analyst could.</summary>
    [JsonStringEnumMemberName("not-reproducible")] NotReproducible,

    /// <summary>It concerns something the clearinghouse does not coordinate.</summary>
    [JsonStringEnumMemberName("out-of-scope")] OutOfScope,

    /// <summary>It is an already published vulnerability.</summary>
    [JsonStringEnumMemberName("known")] Known,

    /// <summary>It no longer reproduces on the current head or fixed version: already fixed.</summary>
    [JsonStringEnumMemberName("already-fixed")] AlreadyFixed,
}

/// <summary>How a finding came to be in its case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingRelation>))]
public enum FindingRelation
{
    /// <summary>The finding opened the case.</summary>
    [JsonStringEnumMemberName("opened")] Opened,

    /// <summary>Another report of the same vulnerability, from any reporter; it raises confidence.</summary>
    [JsonStringEnumMemberName("corroborates")] Corroborates,
}

/// <summary>What intake did with one submitted finding.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntakeOutcome>))]
public enum IntakeOutcome
{
    /// <summary>A new case was opened for it.</summary>
    [JsonStringEnumMemberName("new-case")] NewCase,

    /// <summary>It joined the case of the same vulnerability, reported before.</summary>
    [JsonStringEnumMemberName("joined-case")] JoinedCase,

    /// <summary>The same reporter had already submitted exactly this finding; nothing was created.</summary>
    [JsonStringEnumMemberName("already-submitted")] AlreadySubmitted,

    /// <summary>
    /// It matches a vulnerability already published (by alias, or by an advisory covering its package version with the
    /// same weakness): it was recorded on a case closed as known and linked to that vulnerability, and reaches no maintainer.
    /// </summary>
    [JsonStringEnumMemberName("known-vulnerability")] KnownVulnerability,
}
