namespace Clearinghouse.Standards.Osv;

/// <summary>A range that could not be evaluated, and why.</summary>
/// <param name="Range">The range.</param>
/// <param name="Reason">Why: <c>GIT ranges need the repository history</c>, <c>no version ordering for ecosystem 'Hackage'</c>.</param>
public sealed record OsvUnevaluatedRange(OsvRange Range, string Reason);
