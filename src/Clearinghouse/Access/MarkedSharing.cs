using Clearinghouse.Participants;

namespace Clearinghouse.Access;

/// <summary>
/// The facts that decide who may see a marked record (docs/adr/013): the organization that originated it, its marking, and
/// the organizations it has been released to (a developer sees only what it wrote itself or what was released to it).
/// </summary>
public sealed record MarkedSharing(OrganizationId Originator, Marking Marking, IReadOnlyCollection<OrganizationId>? ReleasedTo = null);
