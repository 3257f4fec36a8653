namespace Clearinghouse.Standards.Sarif;

/// <summary>What a result says about the rule's evaluation (SARIF 2.1.0 §3.27.9).</summary>
public enum SarifResultKind
{
    /// <summary><c>fail</c>: the rule was evaluated and a problem was found (the default).</summary>
    Fail,

    /// <summary><c>pass</c>: the rule was evaluated and no problem was found.</summary>
    Pass,

    /// <summary><c>open</c>: the tool could not decide; more information is needed.</summary>
    Open,

    /// <summary><c>informational</c>: not a problem, information only.</summary>
    Informational,

    /// <summary><c>notApplicable</c>: the rule does not apply to the target.</summary>
    NotApplicable,

    /// <summary><c>review</c>: a person must decide.</summary>
    Review,
}
