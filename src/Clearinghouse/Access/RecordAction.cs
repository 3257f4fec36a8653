namespace Clearinghouse.Access;

/// <summary>What a caller wants to do with a shared record.</summary>
public enum RecordAction
{
    /// <summary>See it.</summary>
    Read,

    /// <summary>Change its content, as an author, analyst or administrator would.</summary>
    Update,

    /// <summary>Manage it as its owner: relabel it, manage an organization's members and tokens, export or withdraw.</summary>
    Administer,
}
