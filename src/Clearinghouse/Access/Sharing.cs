using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Access;

/// <summary>
/// The facts about a record that decide who may see it: the organization that owns it (the TLP "source"),
/// the member who wrote it, its TLP label, and the organizations and members it was shared with beyond that.
/// </summary>
public sealed record Sharing(
    OrganizationId Owner,
    MemberId? AuthorMemberId,
    TlpLabel Label,
    IReadOnlyCollection<OrganizationId>? RecipientOrganizations = null,
    IReadOnlyCollection<MemberId>? RecipientMembers = null);
