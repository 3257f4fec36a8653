using System.Globalization;
using System.Numerics;
using System.Text;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// The few Python string semantics the crash signature depends on (str.strip, str.splitlines, str.capitalize,
/// string.printable, int(x, 16)), so that states come out byte for byte as ClusterFuzz writes them.
/// </summary>
internal static class PythonText
{
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsPythonSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsPythonSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    public static string Strip(string s, string chars) => s.Trim(chars.ToCharArray());

    /// <summary>str.splitlines(): every line break Python knows, "\r\n" counting as one.</summary>
    public static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                lines.Add(s[start..i]);
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < s.Length)
        {
            lines.Add(s[start..]);
        }

        return lines;
    }

    public static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>Keeps only the characters of Python's string.printable.</summary>
    public static string Printable(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= ' ' and <= '~' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                builder.Append(c);
            }
        }

        return builder.Length == s.Length ? s : builder.ToString();
    }

    /// <summary>ClusterFuzz's address_to_integer: int(address, 16), or 0 when that fails.</summary>
    public static BigInteger AddressToInteger(string address)
    {
        var s = Strip(address);
        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        if (s.Length == 0 || s[0] == '_' || s[^1] == '_' || s.Contains("__", StringComparison.Ordinal))
        {
            return BigInteger.Zero;
        }

        s = s.Replace("_", "", StringComparison.Ordinal);
        if (!BigInteger.TryParse("0" + s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return BigInteger.Zero;
        }

        return negative ? -value : value;
    }

    /// <summary>int(digits) printed back, as the access-size normalization does: leading zeros go.</summary>
    public static string NormalizeDigits(string digits, out bool greaterThan16)
    {
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
        {
            trimmed = "0";
        }

        greaterThan16 = trimmed.Length > 2 || int.Parse(trimmed, CultureInfo.InvariantCulture) > 16;
        return trimmed;
    }
}
