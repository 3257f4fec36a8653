using System.Globalization;

namespace Clearinghouse.Standards.JsonSchema;

/// <summary>
/// The <c>format</c> values this validator asserts. Every other format (e.g. <c>iri-reference</c>, <c>idn-email</c>,
/// used by CycloneDX) is an annotation only and never fails, as in Ajv with ajv-formats, which the tests compare with.
/// </summary>
internal static class SchemaFormats
{
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>The asserted formats, by name.</summary>
    public static readonly IReadOnlySet<string> Asserted = new HashSet<string>(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "uri", "uri-reference", "email", "uuid", "ipv4",
    };

    /// <summary>True when <paramref name="value"/> is valid for <paramref name="format"/>, or the format is not asserted.</summary>
    public static bool IsValid(string format, string value) => format switch
    {
        "date-time" => IsDateTime(value),
        "date" => IsDate(value),
        "time" => IsTime(value),
        "uri" => IsUri(value, requireScheme: true),
        "uri-reference" => IsUri(value, requireScheme: false),
        "email" => IsEmail(value),
        "uuid" => IsUuid(value),
        "ipv4" => IsIpv4(value),
        _ => true,
    };

    // RFC 3339 date-time; like ajv-formats it also takes a space for 'T' and an offset written +hhmm or +hh.
    private static bool IsDateTime(string value)
    {
        var separator = value.IndexOfAny(['T', 't', ' ', '\t', '\n', '\r']);
        if (separator < 0 || value.IndexOfAny(['T', 't', ' ', '\t', '\n', '\r'], separator + 1) >= 0)
        {
            return false;
        }

        return IsDate(value[..separator]) && IsTime(value[(separator + 1)..], requireOffset: true);
    }

    private static bool IsDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !Digits(value, 0, 4, out var year) || !Digits(value, 5, 2, out var month) || !Digits(value, 8, 2, out var day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    private static bool IsTime(string value) => IsTime(value, requireOffset: true);

    private static bool IsTime(string value, bool requireOffset)
    {
        if (value.Length < 8 || value[2] != ':' || value[5] != ':'
            || !Digits(value, 0, 2, out var hour) || !Digits(value, 3, 2, out var minute) || !Digits(value, 6, 2, out var second))
        {
            return false;
        }

        var i = 8;
        if (i < value.Length && value[i] == '.')
        {
            var start = ++i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        int offsetHours = 0, offsetMinutes = 0, sign = 1;
        if (i == value.Length)
        {
            if (requireOffset)
            {
                return false;
            }
        }
        else if ((value[i] == 'Z' || value[i] == 'z') && i + 1 == value.Length)
        {
        }
        else if (value[i] is '+' or '-')
        {
            sign = value[i] == '-' ? -1 : 1;
            var offset = value[(i + 1)..];
            var ok = offset.Length switch
            {
                2 => Digits(offset, 0, 2, out offsetHours),
                4 => Digits(offset, 0, 2, out offsetHours) && Digits(offset, 2, 2, out offsetMinutes),
                5 => offset[2] == ':' && Digits(offset, 0, 2, out offsetHours) && Digits(offset, 3, 2, out offsetMinutes),
                _ => false,
            };
            if (!ok || offsetHours > 23 || offsetMinutes > 59)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (hour <= 23 && minute <= 59 && second <= 59)
        {
            return true;
        }

        // A leap second is 23:59:60 in UTC only.
        var utcMinute = minute - (offsetMinutes * sign);
        var utcHour = hour - (offsetHours * sign) - (utcMinute < 0 ? 1 : 0);
        return utcHour is 23 or -1 && utcMinute is 59 or -1 && second == 60;
    }

    private static bool Digits(string value, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = (number * 10) + (value[i] - '0');
        }

        return true;
    }

    // RFC 3986: only unreserved, reserved and percent-encoded characters, '#' at most once; a URI needs a scheme.
    private static bool IsUri(string value, bool requireScheme)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = value.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter) && char.IsAsciiLetter(value[0])
            && !value.AsSpan(0, colon).ContainsAnyExcept(SchemeCharacters);
        if (requireScheme && !hasScheme)
        {
            return false;
        }

        var fragments = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (c == '#')
            {
                fragments++;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || "-._~:/?[]@!$&'()*+,;=".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return fragments <= 1;
    }

    // The HTML "valid e-mail address" rule with a dotted domain, as ajv-formats checks it.
    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        var local = value[..at].Split('.');
        if (local.Any(part => part.Length == 0 || part.Any(c => !(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".Contains(c, StringComparison.Ordinal)))))
        {
            return false;
        }

        var labels = value[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0 && char.IsAsciiLetterOrDigit(label[0]) && char.IsAsciiLetterOrDigit(label[^1])
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    private static bool IsUuid(string value)
    {
        var text = value.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase) ? value[9..] : value;
        return text.Length == 36 && text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-'
            && text.Where((c, i) => i is not (8 or 13 or 18 or 23)).All(char.IsAsciiHexDigit);
    }

    private static bool IsIpv4(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0')
            && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }
}
