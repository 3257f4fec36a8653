using Clearinghouse.Participants;

namespace Clearinghouse.Access;

/// <summary>
/// A stored record with a classification marking (<see cref="Marking.Encode"/>) and an originating organization: what
/// <see cref="AccessPolicy.ReadableMarked"/> needs to filter a list of such records in the query.
/// </summary>
public interface IMarkedRecord
{
    string Marking { get; }

    OrganizationId OrganizationId { get; }
}
