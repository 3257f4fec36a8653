namespace Clearinghouse.Standards.Ssvc;

/// <summary>One step of the way to a decision: the value a decision point took.</summary>
/// <param name="DecisionPoint">The decision point, e.g. Exploitation.</param>
/// <param name="Value">Its value, e.g. Public PoC.</param>
public sealed record SsvcPathStep(SsvcDecisionPoint DecisionPoint, SsvcValue Value)
{
    /// <summary><c>Exploitation: Public PoC</c>.</summary>
    public override string ToString() => $"{DecisionPoint.Name}: {Value.Name}";
}
