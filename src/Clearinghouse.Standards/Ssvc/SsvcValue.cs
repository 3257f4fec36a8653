namespace Clearinghouse.Standards.Ssvc;

/// <summary>One value of an SSVC decision point, e.g. <c>P</c> "Public PoC" of Exploitation.</summary>
public sealed class SsvcValue
{
    internal SsvcValue(int ordinal, string key, string name, string definition)
    {
        Ordinal = ordinal;
        Key = key;
        Name = name;
        Definition = definition;
    }

    /// <summary>The position among the decision point's values; SSVC lists values from least to most severe.</summary>
    public int Ordinal { get; }

    /// <summary>The short key decision tables use, e.g. <c>P</c> or <c>T*</c>.</summary>
    public string Key { get; }

    /// <summary>The name people use, e.g. <c>Public PoC</c> or <c>Track*</c>.</summary>
    public string Name { get; }

    /// <summary>What the value means, as the decision point defines it.</summary>
    public string Definition { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
