namespace Clearinghouse.Standards.Osv;

/// <summary>The kind of a range event.</summary>
public enum OsvEventKind
{
    /// <summary><c>introduced</c>: this version and later ones are affected (<c>"0"</c> sorts before every version).</summary>
    Introduced,

    /// <summary><c>fixed</c>: this version and later ones are not affected.</summary>
    Fixed,

    /// <summary><c>last_affected</c>: versions after this one are not affected.</summary>
    LastAffected,

    /// <summary><c>limit</c>: versions at or after this one are outside the range (<c>"*"</c> is infinity).</summary>
    Limit,
}
