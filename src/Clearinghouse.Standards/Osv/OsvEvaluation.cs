namespace Clearinghouse.Standards.Osv;

/// <summary>The outcome of evaluating a version against a record, and what decided it.</summary>
/// <param name="Outcome">Affected, not affected, or not evaluable.</param>
/// <param name="Affected">The <c>affected[]</c> entry that decided an <see cref="OsvOutcome.Affected"/> outcome.</param>
/// <param name="Range">The range that decided it; null when the <c>versions</c> list did, or nothing did.</param>
/// <param name="Event">The last event of that range whose condition held (the <c>introduced</c> that opened the interval).</param>
/// <param name="Unevaluated">The matching ranges that could not be evaluated, each with why.</param>
public sealed record OsvEvaluation(
    OsvOutcome Outcome,
    OsvAffected? Affected,
    OsvRange? Range,
    OsvEvent? Event,
    IReadOnlyList<OsvUnevaluatedRange> Unevaluated);
