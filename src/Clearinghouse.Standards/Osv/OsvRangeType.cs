namespace Clearinghouse.Standards.Osv;

/// <summary>How a range's versions are ordered.</summary>
public enum OsvRangeType
{
    /// <summary>A type this library does not know; kept, never evaluated.</summary>
    Unknown,

    /// <summary><c>SEMVER</c>: SemVer 2.0.0 precedence.</summary>
    SemVer,

    /// <summary><c>ECOSYSTEM</c>: the package ecosystem's own order.</summary>
    Ecosystem,

    /// <summary><c>GIT</c>: commit hashes; needs the repository's history, so never evaluated here.</summary>
    Git,
}
