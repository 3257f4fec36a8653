using System.Globalization;
using System.Text;

namespace Clearinghouse.Standards.Purl;

/// <summary>Percent-encoding and decoding as the PURL specification's "Character encoding" clause defines them.</summary>
internal static class PurlEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Encodes everything but the alphanumerics, the punctuation <c>.-_~</c> and the colon (which the specification says is
    /// never encoded), byte by byte of the UTF-8 form, with upper-case hex.
    /// </summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' or ':')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes <c>%XX</c> triplets to bytes and the bytes as UTF-8; fails on a broken triplet or invalid UTF-8.</summary>
    public static bool TryDecode(string text, int start, int length, out string value, out PurlError error)
    {
        var span = text.AsSpan(start, length);
        if (!span.Contains('%'))
        {
            value = span.ToString();
            error = default;
            return true;
        }

        var bytes = new List<byte>(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != '%')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(span[i].ToString()));
                continue;
            }

            if (i + 2 >= span.Length || !byte.TryParse(span.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                value = string.Empty;
                error = new PurlError(start + i, "'%' is not followed by two hexadecimal digits");
                return false;
            }

            bytes.Add(b);
            i += 2;
        }

        try
        {
            value = StrictUtf8.GetString(bytes.ToArray());
            error = default;
            return true;
        }
        catch (DecoderFallbackException)
        {
            value = string.Empty;
            error = new PurlError(start, "the percent-encoded bytes are not UTF-8");
            return false;
        }
    }
}
