using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Versions;

/// <summary>
/// PyPI's version order, PEP 440 (Version specifiers, "Version scheme" and "Summary of permitted suffixes and relative
/// ordering"): epoch, release (trailing zeros insignificant), pre-release (a &lt; b &lt; rc), post-release, development
/// release, local version; the PEP's normalizations (case, separators, <c>alpha</c>/<c>c</c>/<c>rev</c> spellings, a
/// leading <c>v</c>) are applied. Versions outside the PEP are ordered as the "legacy" versions of pip and
/// packaging before PEP 440 was enforced (setuptools' <c>parse_version</c>): all of them below every PEP 440 version,
/// among themselves by runs of digits (zero-padded), words (pre/preview/rc as c, dev as @, <c>-</c> as final-) and
/// other characters. So every string is valid, as it is for OSV tooling.
/// </summary>
public sealed partial class Pep440Ordering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static Pep440Ordering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "PEP 440";

    /// <inheritdoc/>
    public bool IsValid(string version) => true;

    /// <summary>True when the version is a PEP 440 version, not a legacy one.</summary>
    public static bool IsPep440(string version) => Grammar().IsMatch(version);

    /// <inheritdoc/>
    public bool TryCompare(string left, string right, out int order)
    {
        order = Compare(ReadKey(left), ReadKey(right));
        return true;
    }

    /// <inheritdoc/>
    public VersionKey ReadKey(string version) =>
        TryRead(version, out var key) ? new Parsed(version, key, null) : new Parsed(version, default, LegacyKey(version));

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var x = VersionKey.Of<Parsed>(left, this);
        var y = VersionKey.Of<Parsed>(right, this);
        if (x.Legacy is not null || y.Legacy is not null)
        {
            return x.Legacy is null ? 1 : y.Legacy is null ? -1 : CompareLegacy(x.Legacy, y.Legacy);
        }

        var a = x.Pep440;
        var b = y.Pep440;
        var order = a.Epoch.CompareTo(b.Epoch);
        if (order == 0)
        {
            order = CompareSequences(a.Release, b.Release);
        }

        if (order == 0)
        {
            order = a.Pre.CompareTo(b.Pre);
        }

        if (order == 0)
        {
            order = a.Post.CompareTo(b.Post);
        }

        if (order == 0)
        {
            order = a.Dev.CompareTo(b.Dev);
        }

        if (order == 0)
        {
            order = CompareLocal(a.Local, b.Local);
        }

        return Math.Sign(order);
    }

    private static int CompareSequences(BigInteger[] left, BigInteger[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var order = (i < left.Length ? left[i] : BigInteger.Zero).CompareTo(i < right.Length ? right[i] : BigInteger.Zero);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // Local segments: numbers above words; words in ASCII order (already lower case); a longer one wins a tie.
    private static int CompareLocal(string[]? left, string[]? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = VersionText.IsDigits(left[i]);
            var rightNumeric = VersionText.IsDigits(right[i]);
            var order = (leftNumeric, rightNumeric) switch
            {
                (true, true) => VersionText.CompareDigits(left[i], right[i]),
                (true, false) => 1,
                (false, true) => -1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareLegacy(List<string> left, List<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var order = string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static List<string> LegacyKey(string version)
    {
        var parts = new List<string>();
        var text = version.ToLowerInvariant();
        var position = 0;
        foreach (Match match in LegacyComponent().Matches(text))
        {
            if (match.Index > position)
            {
                AddLegacyPart(parts, text[position..match.Index]);
            }

            AddLegacyPart(parts, match.Value);
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            AddLegacyPart(parts, text[position..]);
        }

        AddLegacyPart(parts, "final", word: true);
        return parts;
    }

    private static void AddLegacyPart(List<string> parts, string part, bool word = false)
    {
        part = part switch
        {
            "pre" or "preview" or "rc" => "c",
            "-" => "final-",
            "dev" => "@",
            _ => part,
        };
        if (part.Length == 0 || part == ".")
        {
            return;
        }

        if (!word && char.IsAsciiDigit(part[0]))
        {
            parts.Add(part.PadLeft(8, '0'));
            return;
        }

        part = "*" + part;

        // Before a word, drop the "final-" markers a pre-release word makes redundant, and trailing zeros.
        if (string.CompareOrdinal(part, "*final") < 0)
        {
            while (parts.Count > 0 && parts[^1] == "*final-")
            {
                parts.RemoveAt(parts.Count - 1);
            }
        }

        while (parts.Count > 0 && parts[^1] == "00000000")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        parts.Add(part);
    }

    [GeneratedRegex(@"[0-9]+|[a-z]+|\.|-", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyComponent();

    private static bool TryRead(string version, out Key key)
    {
        // Most versions are a bare release (1.2.3): read without the grammar, to the same key.
        if (TryReadRelease(version) is { } plain)
        {
            key = new Key(BigInteger.Zero, plain, Rank.Highest, Rank.Lowest, Rank.Highest, null);
            return true;
        }

        key = default;
        var match = Grammar().Match(version);
        if (!match.Success)
        {
            return false;
        }

        var epoch = match.Groups["epoch"].Success ? BigInteger.Parse(match.Groups["epoch"].ValueSpan, CultureInfo.InvariantCulture) : BigInteger.Zero;
        var release = match.Groups["release"].Value.Split('.').Select(s => BigInteger.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var hasPre = match.Groups["prel"].Success;
        var hasPost = match.Groups["postn1"].Success || match.Groups["postl"].Success;
        var hasDev = match.Groups["devl"].Success;

        // A development release of a final release (1.0.dev0) sorts before that release's pre-releases.
        Rank pre;
        if (hasPre)
        {
            var label = match.Groups["prel"].Value.ToLowerInvariant() switch
            {
                "a" or "alpha" => 1,
                "b" or "beta" => 2,
                _ => 3,
            };
            pre = new Rank(label, Number(match.Groups["pren"]));
        }
        else
        {
            pre = hasDev && !hasPost ? Rank.Lowest : Rank.Highest;
        }

        var post = hasPost
            ? new Rank(1, Number(match.Groups["postn1"].Success ? match.Groups["postn1"] : match.Groups["postn2"]))
            : Rank.Lowest;
        var dev = hasDev ? new Rank(1, Number(match.Groups["devn"])) : Rank.Highest;
        var local = match.Groups["local"].Success
            ? match.Groups["local"].Value.ToLowerInvariant().Split('.', '-', '_')
            : null;
        key = new Key(epoch, release, pre, post, dev, local);
        return true;
    }

    // The release numbers of a version that is only ASCII digits separated by single dots; null for any other text.
    private static BigInteger[]? TryReadRelease(string version)
    {
        if (version.Length == 0 || !char.IsAsciiDigit(version[0]) || !char.IsAsciiDigit(version[^1]))
        {
            return null;
        }

        var parts = 1;
        for (var i = 0; i < version.Length; i++)
        {
            if (version[i] == '.')
            {
                if (version[i - 1] == '.')
                {
                    return null;
                }

                parts++;
            }
            else if (!char.IsAsciiDigit(version[i]))
            {
                return null;
            }
        }

        var release = new BigInteger[parts];
        var start = 0;
        for (var part = 0; part < parts; part++)
        {
            var end = version.IndexOf('.', start);
            var digits = version.AsSpan(start, (end < 0 ? version.Length : end) - start);
            release[part] = digits.Length <= 18 ? new BigInteger(ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)) : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            start = end + 1;
        }

        return release;
    }

    private static BigInteger Number(Group group) =>
        group.Success ? BigInteger.Parse(group.ValueSpan, CultureInfo.InvariantCulture) : BigInteger.Zero;

    // The grammar of PEP 440's appendix "Parsing version strings with regular expressions", with its normalizations.
    [GeneratedRegex(
        """
        ^\s*v?
        (?:(?<epoch>[0-9]+)!)?
        (?<release>[0-9]+(?:\.[0-9]+)*)
        (?:[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?
        (?:-(?<postn1>[0-9]+)|[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?)?
        (?:[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?
        (?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
        \s*$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Grammar();

    // A rank of (kind, number), where kind -1 and 2 stand for the PEP's "negative" and "positive infinity".
    private readonly record struct Rank(int Kind, BigInteger Number) : IComparable<Rank>
    {
        public static Rank Lowest => new(-1, BigInteger.Zero);

        public static Rank Highest => new(int.MaxValue, BigInteger.Zero);

        public int CompareTo(Rank other) => Kind != other.Kind ? Kind.CompareTo(other.Kind) : Number.CompareTo(other.Number);
    }

    private readonly record struct Key(BigInteger Epoch, BigInteger[] Release, Rank Pre, Rank Post, Rank Dev, string[]? Local);

    // A PEP 440 version, or (Legacy not null) one ordered as setuptools' legacy versions.
    private sealed class Parsed(string version, Key pep440, List<string>? legacy) : VersionKey(Instance, version)
    {
        public Key Pep440 { get; } = pep440;

        public List<string>? Legacy { get; } = legacy;
    }
}
