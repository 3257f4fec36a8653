using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Tlp;

/// <summary>Parsing and formatting of <see cref="TlpLabel"/> in the text form TLP 2.0 prescribes.</summary>
public static class TlpLabels
{
    /// <summary>Every label, from least to most restrictive.</summary>
    public static IReadOnlyList<TlpLabel> All { get; } = [TlpLabel.Clear, TlpLabel.Green, TlpLabel.Amber, TlpLabel.AmberStrict, TlpLabel.Red];

    /// <summary>The label as TLP 2.0 writes it: <c>TLP:CLEAR</c>, <c>TLP:GREEN</c>, <c>TLP:AMBER</c>, <c>TLP:AMBER+STRICT</c> or <c>TLP:RED</c>.</summary>
    public static string Format(TlpLabel label) => label switch
    {
        TlpLabel.Clear => "TLP:CLEAR",
        TlpLabel.Green => "TLP:GREEN",
        TlpLabel.Amber => "TLP:AMBER",
        TlpLabel.AmberStrict => "TLP:AMBER+STRICT",
        TlpLabel.Red => "TLP:RED",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a TLP 2.0 label."),
    };

    /// <summary>
    /// Reads a label written as TLP 2.0 does (<c>TLP:AMBER+STRICT</c>), with or without the <c>TLP:</c> prefix, in any letter case.
    /// TLP 1.0's <c>WHITE</c> is not accepted: TLP 2.0 replaced it with <c>CLEAR</c> and the two differ in name only, so a sender is told rather than guessed for.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TlpLabel label)
    {
        label = default;
        if (text is null)
        {
            return false;
        }

        var name = text.Trim();
        if (name.StartsWith("TLP:", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        switch (name.ToUpperInvariant())
        {
            case "CLEAR": label = TlpLabel.Clear; return true;
            case "GREEN": label = TlpLabel.Green; return true;
            case "AMBER": label = TlpLabel.Amber; return true;
            case "AMBER+STRICT": label = TlpLabel.AmberStrict; return true;
            case "RED": label = TlpLabel.Red; return true;
            default: return false;
        }
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> naming the accepted labels.</summary>
    public static TlpLabel Parse(string text) =>
        TryParse(text, out var label)
            ? label
            : throw new FormatException($"'{text}' is not a TLP 2.0 label; expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.");
}
