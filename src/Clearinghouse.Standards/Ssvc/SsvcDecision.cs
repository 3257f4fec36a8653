using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// What a decision table decided and why: the outcome and the path of (decision point, value) steps that led to it, or
/// the reasons no decision could be made.
/// </summary>
public sealed class SsvcDecision
{
    internal SsvcDecision(SsvcDecisionTable table, SsvcValue? outcome, IReadOnlyList<SsvcPathStep> path, IReadOnlyList<string> errors)
    {
        Table = table;
        Outcome = outcome;
        Path = path;
        Errors = errors;
    }

    /// <summary>The table that decided.</summary>
    public SsvcDecisionTable Table { get; }

    /// <summary>The outcome, e.g. <c>Attend</c>; null when the inputs were refused.</summary>
    public SsvcValue? Outcome { get; }

    /// <summary>Every input decision point with the value it took, in the table's order; empty when the inputs were refused.</summary>
    public IReadOnlyList<SsvcPathStep> Path { get; }

    /// <summary>Why the inputs were refused: each unknown, missing, ambiguous or repeated input, one message each.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when there is an outcome (and so no errors).</summary>
    [MemberNotNullWhen(true, nameof(Outcome))]
    public bool IsDecided => Outcome is not null;

    /// <summary>
    /// <c>Exploitation: Active, Automatable: Yes, Technical Impact: Total, Mission and Well-Being Impact: High -&gt; CISA Levels: Act</c>,
    /// or the errors.
    /// </summary>
    public override string ToString() => IsDecided
        ? $"{string.Join(", ", Path)} -> {Table.Outcome.Name}: {Outcome.Name}"
        : "no decision: " + string.Join("; ", Errors);
}
