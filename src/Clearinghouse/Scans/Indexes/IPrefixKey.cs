namespace Clearinghouse.Scans.Indexes;

/// <summary>
/// A key in a hierarchy where a key covers its descendants (an address range covers its sub-ranges, <c>example.org</c> its
/// subdomains, <c>pkg:npm/@acme/</c> its packages). Sorting puts every descendant of a key between the key and its
/// <see cref="LastDescendant"/>, so that descendants are one range of a sorted set.
/// </summary>
public interface IPrefixKey<TSelf> : IComparable<TSelf>, IEquatable<TSelf>
    where TSelf : struct, IPrefixKey<TSelf>
{
    /// <summary>How many levels below the root: the prefix length, or the number of name segments.</summary>
    int Depth { get; }

    /// <summary>The ancestor at <paramref name="depth"/> (at most <see cref="Depth"/>; at <see cref="Depth"/> the key itself).</summary>
    TSelf AncestorAt(int depth);

    /// <summary>A key that sorts at or after every descendant of this one, and before anything else after it.</summary>
    TSelf LastDescendant { get; }

    /// <summary>True when <paramref name="other"/> is this key or one of its descendants.</summary>
    bool Covers(TSelf other);
}
