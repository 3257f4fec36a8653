using System.Text;
using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.JsonSchema;

/// <summary>
/// Translates the ECMAScript regular expressions of JSON Schema <c>pattern</c> and <c>patternProperties</c> (read with
/// the <c>u</c> flag, as Ajv does) into .NET regular expressions with the same meaning for the constructs the
/// standards' schemas use.
/// </summary>
internal static class EcmaScriptPattern
{
    /// <summary>Matching stops after this long, so a hostile pattern or instance cannot hang validation.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The .NET regex for an ECMAScript pattern, or null (with the reason) when it cannot be translated or compiled.</summary>
    public static Regex? TryCreate(string pattern, out string? error)
    {
        var text = Translate(pattern);
        try
        {
            error = null;
            return new Regex(text, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The differences that matter: in ECMAScript <c>\d</c> and <c>\w</c> are ASCII only (in .NET they match every
    /// Unicode digit and letter), and <c>$</c> matches only at the very end (in .NET also before a final newline).
    /// </summary>
    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                switch (next)
                {
                    case 'd':
                        result.Append(inClass ? "0-9" : "[0-9]");
                        break;
                    case 'D':
                        result.Append(inClass ? @"\D" : "[^0-9]");
                        break;
                    case 'w':
                        result.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                        break;
                    case 'W':
                        result.Append(inClass ? @"\W" : "[^a-zA-Z0-9_]");
                        break;
                    case 'u' when i + 1 < pattern.Length && pattern[i + 1] == '{':
                        var close = pattern.IndexOf('}', i);
                        if (close > 0 && int.TryParse(pattern.AsSpan(i + 2, close - i - 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code) && code <= 0xFFFF)
                        {
                            result.Append(@"\u").Append(code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                            i = close;
                        }
                        else
                        {
                            result.Append(@"\u");
                        }

                        break;
                    default:
                        result.Append('\\').Append(next);
                        break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '[')
                {
                    // A literal '[' inside a class; .NET would read "[:" or "-[" as special.
                    result.Append('\\');
                }

                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '[' when i + 1 < pattern.Length && pattern[i + 1] == ']':
                    // "[]" matches nothing in ECMAScript; .NET would read the ']' as a literal.
                    result.Append("(?!)");
                    i++;
                    break;
                case '[' when i + 2 < pattern.Length && pattern[i + 1] == '^' && pattern[i + 2] == ']':
                    result.Append(@"[\s\S]");
                    i += 2;
                    break;
                case '[':
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append('^');
                        i++;
                    }

                    break;
                case '$':
                    result.Append(@"\z");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
