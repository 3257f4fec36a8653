using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>The kinds of agreed terms of Sec. 3(b)(ii).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TermsKind>))]
public enum TermsKind
{
    /// <summary>Confidentiality.</summary>
    [JsonStringEnumMemberName("confidentiality")] Confidentiality,

    /// <summary>Cybersecurity.</summary>
    [JsonStringEnumMemberName("cybersecurity")] Cybersecurity,

    /// <summary>Insider risk.</summary>
    [JsonStringEnumMemberName("insider-risk")] InsiderRisk,

    /// <summary>Intellectual-property protection.</summary>
    [JsonStringEnumMemberName("intellectual-property")] IntellectualProperty,

    /// <summary>Use.</summary>
    [JsonStringEnumMemberName("use")] Use,

    /// <summary>Non-disclosure.</summary>
    [JsonStringEnumMemberName("non-disclosure")] NonDisclosure,
}

/// <summary>Who a terms document binds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TermsAudience>))]
public enum TermsAudience
{
    /// <summary>Government individuals with pre-release access.</summary>
    [JsonStringEnumMemberName("government")] Government,

    /// <summary>Trusted partners' individuals.</summary>
    [JsonStringEnumMemberName("partner")] Partner,
}

/// <summary>A new version of a terms document (clearinghouse administrators).</summary>
public sealed record PublishTermsRequest
{
    /// <summary>Which terms.</summary>
    public required TermsKind Kind { get; init; }

    /// <summary>Who they bind.</summary>
    public required TermsAudience Audience { get; init; }

    /// <summary>The text.</summary>
    [Required, StringLength(200_000, MinimumLength = 10)]
    public required string Text { get; init; }
}

/// <summary>A terms document version.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">Which terms.</param>
/// <param name="Audience">Who they bind.</param>
/// <param name="Version">Version (1, 2, ... per kind and audience).</param>
/// <param name="Sha256">SHA-256 of the text, what an acceptance binds to.</param>
/// <param name="Text">The text.</param>
/// <param name="PublishedAt">When.</param>
public sealed record TermsView(Guid Id, TermsKind Kind, TermsAudience Audience, int Version, string Sha256, string Text, DateTimeOffset PublishedAt);

/// <summary>An individual's acceptance of a terms version.</summary>
/// <param name="TermsId">The version accepted.</param>
/// <param name="Kind">Which terms.</param>
/// <param name="Version">Its version.</param>
/// <param name="MemberId">Who.</param>
/// <param name="AcceptedAt">When.</param>
public sealed record TermsAcceptanceView(Guid TermsId, TermsKind Kind, int Version, Guid MemberId, DateTimeOffset AcceptedAt);

/// <summary>The developer opens the government's pre-release access window for a covered model (Sec. 3(b)(ii)).</summary>
public sealed record OpenAccessWindowRequest
{
    /// <summary>When access starts.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When it ends: at most 30 days after the start, and no later than the planned release to other trusted partners.</summary>
    public required DateTimeOffset EndsAt { get; init; }
}

/// <summary>The developer moves a window's end (an extension is bound by the same 30 days).</summary>
public sealed record ChangeAccessWindowRequest
{
    /// <summary>The new end.</summary>
    public required DateTimeOffset EndsAt { get; init; }
}

/// <summary>The developer ends a window early.</summary>
public sealed record EndAccessWindowRequest
{
    /// <summary>Why, if the developer wants to say.</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>An access window.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ModelId">The model.</param>
/// <param name="Grantee"><c>government</c>, or the trusted partner's organization id.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End (the earlier of the planned end and an early end).</param>
/// <param name="PlannedPartnerRelease">The planned release to other trusted partners it may not outlast (government windows).</param>
/// <param name="EndedEarlyAt">When the developer ended it early.</param>
public sealed record AccessWindowView(Guid Id, Guid ModelId, string Grantee, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? PlannedPartnerRelease, DateTimeOffset? EndedEarlyAt);

/// <summary>Access credentials, shown once; they expire with the window.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Secret">The credential (shown only now).</param>
/// <param name="ExpiresAt">When it expires.</param>
public sealed record AccessCredentialView(Guid Id, string Secret, DateTimeOffset ExpiresAt);

/// <summary>An access to the model, reported by the access gateway with the credential used.</summary>
public sealed record AccessReport
{
    /// <summary>The credential presented.</summary>
    [Required, StringLength(100, MinimumLength = 10)]
    public required string Credential { get; init; }

    /// <summary>What was accessed (endpoint, prompt batch, weights ...).</summary>
    [Required, StringLength(2000, MinimumLength = 1)]
    public required string What { get; init; }

    /// <summary>
    /// A marking for this access, when what was done is more sensitive than the model record (classified findings, for
    /// example). The event is marked with the highest of this and the model's marking; it is never marked lower than the model.
    /// </summary>
    public MarkingSpec? Marking { get; init; }
}

/// <summary>One logged access.</summary>
/// <param name="Id">Its id.</param>
/// <param name="MemberId">Who.</param>
/// <param name="At">When.</param>
/// <param name="From">From where (the reporting address).</param>
/// <param name="What">What.</param>
/// <param name="Alerts">Insider-risk alerts it raised: <c>outside-window</c>, <c>terms-not-accepted</c>, <c>unusual-volume</c>.</param>
/// <param name="Marking">Its marking: at least the model's, higher when the reporter marked it so.</param>
public sealed record AccessLogEntryView(Guid Id, Guid? MemberId, DateTimeOffset At, string From, string What, IReadOnlyList<string> Alerts, MarkingView Marking);

/// <summary>A window's access log: the accesses whose marking the caller may read (the developer: those releasable to it; the government: those its clearance admits).</summary>
/// <param name="Window">The window.</param>
/// <param name="Entries">Accesses the caller may read, oldest first.</param>
/// <param name="Banner">The banner of the highest marking of the entries shown.</param>
public sealed record AccessLogView(AccessWindowView Window, IReadOnlyList<AccessLogEntryView> Entries, string Banner);

/// <summary>Asks to export raw transcripts or model outputs; a second person must approve.</summary>
public sealed record ExportRequest
{
    /// <summary>What is to be exported.</summary>
    [Required, StringLength(2000, MinimumLength = 3)]
    public required string What { get; init; }

    /// <summary>Why.</summary>
    [Required, StringLength(2000, MinimumLength = 3)]
    public required string Justification { get; init; }
}

/// <summary>An export under two-person integrity.</summary>
/// <param name="Id">Its id.</param>
/// <param name="WindowId">The window.</param>
/// <param name="What">What.</param>
/// <param name="Justification">Why.</param>
/// <param name="RequestedBy">First person.</param>
/// <param name="ApprovedBy">Second person.</param>
/// <param name="ApprovedAt">When approved: only then may the export happen.</param>
public sealed record ExportView(Guid Id, Guid WindowId, string What, string Justification, Guid RequestedBy, Guid? ApprovedBy, DateTimeOffset? ApprovedAt);

/// <summary>Either side nominates a trusted partner (Sec. 3(b)(iii)).</summary>
public sealed record NominatePartnerRequest
{
    /// <summary>The partner organization (a critical-infrastructure operator, a security vendor).</summary>
    public required Guid PartnerOrganizationId { get; init; }

    /// <summary>Why this partner.</summary>
    [Required, StringLength(5000, MinimumLength = 3)]
    public required string Rationale { get; init; }
}

/// <summary>A trusted-partner nomination.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ModelId">The model.</param>
/// <param name="PartnerOrganizationId">The partner.</param>
/// <param name="NominatedBy"><c>developer</c> or <c>government</c>.</param>
/// <param name="Rationale">Why.</param>
/// <param name="DeveloperApprovedAt">The developer's consent.</param>
/// <param name="GovernmentApprovedAt">The government's consent.</param>
/// <param name="Window">The partner's window, once both consented (it follows the government window).</param>
public sealed record TrustedPartnerView(Guid Id, Guid ModelId, Guid PartnerOrganizationId, string NominatedBy, string Rationale, DateTimeOffset? DeveloperApprovedAt, DateTimeOffset? GovernmentApprovedAt, AccessWindowView? Window);
