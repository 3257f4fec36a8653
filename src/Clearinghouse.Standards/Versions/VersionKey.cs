namespace Clearinghouse.Standards.Versions;

/// <summary>
/// A version read once by an <see cref="IVersionOrdering"/> (<see cref="IVersionOrdering.ReadKey"/>), so that comparing it
/// many times, as matching does against every bound of an index's ranges, does not read the text again. Only the
/// ordering that read a key compares it (<see cref="IVersionOrdering.Compare(VersionKey, VersionKey)"/>).
/// </summary>
public abstract class VersionKey
{
    private protected VersionKey(IVersionOrdering ordering, string version)
    {
        Ordering = ordering;
        Version = version;
    }

    /// <summary>The ordering that read it.</summary>
    public IVersionOrdering Ordering { get; }

    /// <summary>The version as given.</summary>
    public string Version { get; }

    /// <summary>
    /// Whether the ordering's <see cref="IVersionOrdering.IsValid"/> holds for the version. Every ordering but Alpine's
    /// reads keys of valid versions only; Alpine's, like apk, also orders text it cannot read.
    /// </summary>
    public virtual bool IsValid => true;

    /// <summary><see cref="Version"/>.</summary>
    public override string ToString() => Version;

    // A key read by another ordering is a programming error, not bad input.
    internal static T Of<T>(VersionKey key, IVersionOrdering ordering)
        where T : VersionKey =>
        key as T ?? throw new ArgumentException($"The key of '{key?.Version}' was not read by {ordering.Rules}.", nameof(key));
}
