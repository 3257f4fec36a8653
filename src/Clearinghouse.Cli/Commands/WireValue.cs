using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Clearinghouse.Contracts;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Cli.Commands;

/// <summary>Reads option values written as the wire contract writes them (kebab-case enum names, TLP labels), with a message listing what is accepted.</summary>
public static class WireValue
{
    public static bool TryParse<T>(string? text, out T value, [NotNullWhen(false)] out string? error)
        where T : struct, Enum
    {
        error = null;
        if (ContractJson.TryParseEnum(text, out value))
        {
            return true;
        }

        error = $"'{text}' is not a valid {typeof(T).Name}; expected one of: {ContractJson.EnumNames<T>()}.";
        return false;
    }

    public static bool TryParseOptional<T>(string? text, out T? value, [NotNullWhen(false)] out string? error)
        where T : struct, Enum
    {
        value = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (!TryParse<T>(text, out var parsed, out error))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    public static bool TryParseTlp(string? text, out TlpLabel? label, [NotNullWhen(false)] out string? error)
    {
        label = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (TlpLabels.TryParse(text, out var parsed))
        {
            label = parsed;
            return true;
        }

        error = $"'{text}' is not a TLP 2.0 label; expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED.";
        return false;
    }

    public static Argument<Guid> Id(string name, string description) => new(name) { Description = description };
}
