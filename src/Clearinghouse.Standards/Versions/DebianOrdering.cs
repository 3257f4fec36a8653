namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Debian's version order as dpkg implements it (deb-version(7)): <c>[epoch:]upstream[-revision]</c>, each part compared
/// by alternating runs of non-digits (letters before non-letters, <c>~</c> before everything, even the end) and digits
/// (by value). Also used for Ubuntu.
/// </summary>
public sealed class DebianOrdering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static DebianOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "Debian (dpkg)";

    /// <inheritdoc/>
    public bool IsValid(string version) => TryRead(version, out _, out _, out _);

    /// <inheritdoc/>
    public bool TryCompare(string left, string right, out int order)
    {
        order = 0;
        if (ReadKey(left) is not { } a || ReadKey(right) is not { } b)
        {
            return false;
        }

        order = Compare(a, b);
        return true;
    }

    /// <inheritdoc/>
    public VersionKey? ReadKey(string version) =>
        TryRead(version, out var epoch, out var upstream, out var revision) ? new Key(version, epoch, upstream, revision) : null;

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var a = VersionKey.Of<Key>(left, this);
        var b = VersionKey.Of<Key>(right, this);
        var order = VersionText.CompareDigits(a.Epoch, b.Epoch);
        if (order == 0)
        {
            order = CompareParts(a.Upstream, b.Upstream);
        }

        if (order == 0)
        {
            order = CompareParts(a.Revision, b.Revision);
        }

        return Math.Sign(order);
    }

    private static bool TryRead(string version, out string epoch, out string upstream, out string revision)
    {
        var text = version.Trim();
        epoch = "0";
        revision = string.Empty;
        upstream = string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            epoch = text[..colon];
            text = text[(colon + 1)..];
            if (!VersionText.IsDigits(epoch))
            {
                return false;
            }
        }

        var dash = text.LastIndexOf('-');
        if (dash >= 0)
        {
            revision = text[(dash + 1)..];
            text = text[..dash];
            if (revision.Length == 0 || !revision.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '~'))
            {
                return false;
            }
        }

        upstream = text;
        return upstream.Length > 0 && char.IsAsciiDigit(upstream[0])
            && upstream.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '~' or '-' or ':');
    }

    private static int CompareParts(string left, string right)
    {
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            // The non-digit run, character by character.
            while ((i < left.Length && !char.IsAsciiDigit(left[i])) || (j < right.Length && !char.IsAsciiDigit(right[j])))
            {
                var a = Weight(left, i);
                var b = Weight(right, j);
                if (a != b)
                {
                    return a - b;
                }

                i++;
                j++;
            }

            var leftStart = i;
            while (i < left.Length && char.IsAsciiDigit(left[i]))
            {
                i++;
            }

            var rightStart = j;
            while (j < right.Length && char.IsAsciiDigit(right[j]))
            {
                j++;
            }

            var order = VersionText.CompareDigits(left.AsSpan(leftStart, i - leftStart), right.AsSpan(rightStart, j - rightStart));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // dpkg's order of a character in a non-digit run: '~' lowest, then the end of the run, then letters, then the rest.
    private static int Weight(string text, int index)
    {
        if (index >= text.Length || char.IsAsciiDigit(text[index]))
        {
            return 0;
        }

        var c = text[index];
        return c == '~' ? -1 : char.IsAsciiLetter(c) ? c : c + 256;
    }

    private sealed class Key(string version, string epoch, string upstream, string revision) : VersionKey(Instance, version)
    {
        public string Epoch { get; } = epoch;

        public string Upstream { get; } = upstream;

        public string Revision { get; } = revision;
    }
}
