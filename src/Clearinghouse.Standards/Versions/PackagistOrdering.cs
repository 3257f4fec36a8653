using System.Text;

namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Packagist (Composer) version order, which is PHP's <c>version_compare</c>: a leading <c>v</c> dropped, <c>-_+</c> read
/// as <c>.</c>, a dot put between digits and non-digits, then part by part: numbers by value, words by the special forms
/// any other word &lt; dev &lt; alpha = a &lt; beta = b &lt; RC = rc &lt; number &lt; pl = p, matched by prefix. Every string is valid.
/// </summary>
public sealed class PackagistOrdering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static PackagistOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "Packagist (PHP version_compare)";

    /// <inheritdoc/>
    public bool IsValid(string version) => true;

    /// <inheritdoc/>
    public bool TryCompare(string left, string right, out int order)
    {
        order = Compare(ReadKey(left), ReadKey(right));
        return true;
    }

    /// <inheritdoc/>
    public VersionKey ReadKey(string version) => new Key(version, Parts(version));

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right) => Compare(VersionKey.Of<Key>(left, this).Parts, VersionKey.Of<Key>(right, this).Parts);

    private static int Compare(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = (VersionText.IsDigits(a[i]), VersionText.IsDigits(b[i])) switch
            {
                (true, true) => VersionText.CompareDigits(a[i], b[i]),
                (true, false) => Weight("#").CompareTo(Weight(b[i])),
                (false, true) => Weight(a[i]).CompareTo(Weight("#")),
                _ => Weight(a[i]).CompareTo(Weight(b[i])),
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        // A longer version wins if its next part is a number; otherwise that part is weighed against a number.
        if (a.Length > b.Length)
        {
            return VersionText.IsDigits(a[b.Length]) ? 1 : Compare(a[b.Length..], ["#"]);
        }

        if (a.Length < b.Length)
        {
            return VersionText.IsDigits(b[a.Length]) ? -1 : Compare(["#"], b[a.Length..]);
        }

        return 0;
    }

    private static int Weight(string part)
    {
        if (part.StartsWith("RC", StringComparison.Ordinal))
        {
            return 3;
        }

        string[] forms = ["dev", "a", "b", "rc", "#", "p"];
        for (var i = forms.Length - 1; i >= 0; i--)
        {
            if (part.StartsWith(forms[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        // PHP: a word that is none of the special forms sorts below "dev".
        return -1;
    }

    private static string[] Parts(string version)
    {
        var text = version.Trim();
        if (text.Length > 0 && text[0] is 'v' or 'V')
        {
            text = text[1..];
        }

        var builder = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is '-' or '_' or '+' ? '.' : text[i];
            if (i > 0 && c != '.' && builder.Length > 0 && builder[^1] != '.' && char.IsAsciiDigit(c) != char.IsAsciiDigit(builder[^1]))
            {
                builder.Append('.');
            }

            builder.Append(c);
        }

        return builder.ToString().Split('.');
    }

    private sealed class Key(string version, string[] parts) : VersionKey(Instance, version)
    {
        public string[] Parts { get; } = parts;
    }
}
