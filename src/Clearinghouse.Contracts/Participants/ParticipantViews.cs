using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Contracts.Participants;

/// <summary>An organization's profile.</summary>
public sealed record OrganizationView(
    Guid Id,
    string Name,
    OrganizationKind Kind,
    Sector? Sector,
    SizeTier? SizeTier,
    TlpLabel Tlp,
    string? ContactEmail,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? LeftAt);

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
