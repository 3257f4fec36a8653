namespace Clearinghouse.Standards.Sarif;

/// <summary>The severity of a result or a rule's default configuration (SARIF 2.1.0 §3.27.10, §3.50.3).</summary>
public enum SarifLevel
{
    /// <summary><c>none</c>: no problem, or the level does not apply.</summary>
    None,

    /// <summary><c>note</c>: a minor problem or an opportunity to improve.</summary>
    Note,

    /// <summary><c>warning</c>: a problem (the default when nothing says otherwise).</summary>
    Warning,

    /// <summary><c>error</c>: a serious problem.</summary>
    Error,
}
