namespace Clearinghouse.Standards.Ssvc;

/// <summary>One row of a decision table's mapping: a value for every input and the outcome they lead to.</summary>
public sealed class SsvcMappingRow
{
    internal SsvcMappingRow(IReadOnlyList<SsvcValue> inputs, SsvcValue outcome)
    {
        Inputs = inputs;
        Outcome = outcome;
    }

    /// <summary>The input values, in the order of <see cref="SsvcDecisionTable.Inputs"/>.</summary>
    public IReadOnlyList<SsvcValue> Inputs { get; }

    /// <summary>The outcome value.</summary>
    public SsvcValue Outcome { get; }

    /// <summary><c>None, No, Partial, Low -&gt; Track</c>.</summary>
    public override string ToString() => $"{string.Join(", ", Inputs)} -> {Outcome}";
}
