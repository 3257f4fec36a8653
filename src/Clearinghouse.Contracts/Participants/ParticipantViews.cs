using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Contracts.Participants;

/// <summary>An organization's profile.</summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of participant it is.</param>
/// <param name="Sector">An operator's critical infrastructure sector.</param>
/// <param name="SizeTier">An operator's size.</param>
/// <param name="Tlp">Who may see this profile.</param>
/// <param name="ContactEmail">A mailbox the clearinghouse may write to.</param>
/// <param name="EnrolledAt">When it joined.</param>
/// <param name="LeftAt">When it left, if it did.</param>
/// <param name="MissionWellbeingSetting">Whether its Mission and Well-Being Impact is derived or set by the organization.</param>
/// <param name="MissionWellbeing">Its SSVC Mission and Well-Being Impact, when one can be given (operators, or any organization that set one).</param>
/// <param name="MissionWellbeingReason">Why: the default mapping's reasoning, or that the organization set it.</param>
/// <param name="State">The US state or territory (USPS code) it is in, if it said.</param>
public sealed record OrganizationView(
    Guid Id,
    string Name,
    OrganizationKind Kind,
    Sector? Sector,
    SizeTier? SizeTier,
    TlpLabel Tlp,
    string? ContactEmail,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? LeftAt,
    MissionWellbeingSetting MissionWellbeingSetting,
    MissionWellbeing? MissionWellbeing,
    string? MissionWellbeingReason,
    string? State = null);

/// <summary>A member of an organization.</summary>
public sealed record MemberView(
    Guid Id,
    Guid OrganizationId,
    string DisplayName,
    string Email,
    MemberRole Role,
    DateTimeOffset AddedAt,
    DateTimeOffset? RemovedAt);

/// <summary>An API token's metadata; the secret itself is never shown again after it was issued.</summary>
public sealed record TokenView(
    Guid Id,
    Guid MemberId,
    string Name,
    string Prefix,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt);

/// <summary>A newly issued token: <see cref="Secret"/> is shown this once and stored only as a hash.</summary>
public sealed record IssuedTokenView(TokenView Token, string Secret);

/// <summary>The result of an enrolment: the organization, its first administrator and that administrator's first token.</summary>
public sealed record EnrolmentView(OrganizationView Organization, MemberView Admin, IssuedTokenView AdminToken);

/// <summary>Who the caller is.</summary>
public sealed record WhoAmIView(MemberView Member, OrganizationView Organization, Guid TokenId);

/// <summary>Everything the clearinghouse holds about one organization that its administrator may take away, e.g. before leaving.</summary>
public sealed record OrganizationExport(
    DateTimeOffset ExportedAt,
    OrganizationView Organization,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<TokenView> Tokens,
    IReadOnlyList<Audit.AuditEntryView> AuditEntries);
