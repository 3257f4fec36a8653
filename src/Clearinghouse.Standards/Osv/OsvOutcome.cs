namespace Clearinghouse.Standards.Osv;

/// <summary>The answer to "is this package version affected?".</summary>
public enum OsvOutcome
{
    /// <summary>No affected entry or evaluable range includes the version.</summary>
    NotAffected,

    /// <summary>An affected entry lists the version, or a range includes it.</summary>
    Affected,

    /// <summary>
    /// Nothing includes the version, but some matching range could not be evaluated (a GIT range, an ecosystem without
    /// an ordering here, or a version its ordering cannot read) and no evaluable range of the package exists.
    /// </summary>
    NotEvaluable,
}
