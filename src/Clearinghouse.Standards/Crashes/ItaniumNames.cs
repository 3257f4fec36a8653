using System.Globalization;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// Just enough of the Itanium C++ name demangling that ClusterFuzz gets from c++filt for macOS frames: the qualified
/// name of a function (namespaces, classes, constructors, destructors, anonymous namespaces), followed by "()".
/// Parameters are not decoded because the crash state drops them anyway. Names with template arguments, operators
/// or substitutions inside the name are returned unchanged, as c++filt returns what it cannot demangle.
/// </summary>
internal static class ItaniumNames
{
    public static string Demangle(string symbol)
    {
        if (!symbol.StartsWith("_Z", StringComparison.Ordinal))
        {
            return symbol;
        }

        var position = 2;
        var parts = new List<string>();
        if (position < symbol.Length && symbol[position] == 'N')
        {
            position++;
            while (position < symbol.Length && symbol[position] is 'r' or 'V' or 'K' or 'R' or 'O')
            {
                position++;
            }

            if (symbol.AsSpan(position).StartsWith("St"))
            {
                parts.Add("std");
                position += 2;
            }

            while (position < symbol.Length && symbol[position] != 'E')
            {
                if (!TryReadComponent(symbol, ref position, parts))
                {
                    return symbol;
                }
            }

            if (position >= symbol.Length || parts.Count == 0)
            {
                return symbol;
            }
        }
        else
        {
            if (position < symbol.Length && symbol[position] == 'L')
            {
                position++;
            }

            if (!TryReadSourceName(symbol, ref position, out var name))
            {
                return symbol;
            }

            parts.Add(name);
        }

        return string.Join("::", parts) + "()";
    }

    private static bool TryReadComponent(string symbol, ref int position, List<string> parts)
    {
        var c = symbol[position];
        if (c == 'L')
        {
            position++;
            c = position < symbol.Length ? symbol[position] : '\0';
        }

        if (char.IsAsciiDigit(c))
        {
            if (!TryReadSourceName(symbol, ref position, out var name))
            {
                return false;
            }

            parts.Add(name.StartsWith("_GLOBAL__N", StringComparison.Ordinal) ? "(anonymous namespace)" : name);
            return true;
        }

        // Constructors (C1, C2, C3) and destructors (D0, D1, D2) are named after their class.
        if ((c == 'C' || c == 'D') && position + 1 < symbol.Length && char.IsAsciiDigit(symbol[position + 1]) && parts.Count > 0)
        {
            parts.Add((c == 'D' ? "~" : "") + parts[^1]);
            position += 2;
            return true;
        }

        return false;
    }

    private static bool TryReadSourceName(string symbol, ref int position, out string name)
    {
        name = "";
        var start = position;
        while (position < symbol.Length && char.IsAsciiDigit(symbol[position]))
        {
            position++;
        }

        if (position == start || position - start > 9
            || !int.TryParse(symbol.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length == 0 || position + length > symbol.Length)
        {
            return false;
        }

        name = symbol.Substring(position, length);
        position += length;
        return true;
    }
}
