namespace Clearinghouse.Access;

/// <summary>What the access policy says to one request on one record.</summary>
public enum Decision
{
    /// <summary>Go ahead.</summary>
    Allowed,

    /// <summary>The caller may see the record but not do this to it: 403.</summary>
    Forbidden,

    /// <summary>The caller may not know the record exists: 404, exactly as for a record that does not exist.</summary>
    NotVisible,
}
