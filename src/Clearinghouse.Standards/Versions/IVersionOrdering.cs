namespace Clearinghouse.Standards.Versions;

/// <summary>
/// The version order of one package ecosystem. Implementations never throw: a version the ecosystem's rules cannot
/// read is reported by <see cref="IsValid"/> and refused by <see cref="TryCompare"/>.
/// </summary>
public interface IVersionOrdering
{
    /// <summary>The rules this ordering implements, for people: <c>PEP 440</c>, <c>Debian (dpkg)</c>.</summary>
    string Rules { get; }

    /// <summary>
    /// True when <paramref name="version"/> can be ordered by these rules. Where the ecosystem's own tools are lenient
    /// (Maven, dpkg, PHP's version_compare) this is lenient too; it is not a check of the canonical spelling.
    /// </summary>
    bool IsValid(string version);

    /// <summary>Orders two versions: negative, zero or positive in <paramref name="order"/>; false when either is not valid.</summary>
    bool TryCompare(string left, string right, out int order);

    /// <summary>
    /// Reads <paramref name="version"/> once, for any number of <see cref="Compare(VersionKey, VersionKey)"/> calls; null
    /// exactly when <see cref="TryCompare"/> would refuse it.
    /// </summary>
    VersionKey? ReadKey(string version);

    /// <summary>Orders two keys this ordering read, exactly as <see cref="TryCompare"/> orders their versions.</summary>
    int Compare(VersionKey left, VersionKey right);
}
