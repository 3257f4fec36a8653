using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Versions;

/// <summary>
/// RubyGems' version order (Gem::Version): segments are runs of digits or of letters (a <c>-</c> reads as <c>.pre.</c>);
/// trailing zeros of the release part and of the pre-release part are insignificant; a letter segment sorts below any
/// number, so any version with letters is a pre-release. Versions must start with a digit and use only letters,
/// digits, dots and hyphens.
/// </summary>
public sealed partial class RubyGemsOrdering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static RubyGemsOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "RubyGems";

    /// <inheritdoc/>
    public bool IsValid(string version) => Grammar().IsMatch(version);

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
    public VersionKey? ReadKey(string version) => IsValid(version) ? new Key(version, Canonical(version)) : null;

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var a = VersionKey.Of<Key>(left, this).Segments;
        var b = VersionKey.Of<Key>(right, this).Segments;
        var order = 0;
        for (var i = 0; i < Math.Max(a.Count, b.Count) && order == 0; i++)
        {
            var x = i < a.Count ? a[i] : "0";
            var y = i < b.Count ? b[i] : "0";
            var xNumber = char.IsAsciiDigit(x[0]);
            var yNumber = char.IsAsciiDigit(y[0]);
            order = (xNumber, yNumber) switch
            {
                (true, true) => VersionText.CompareDigits(x, y),
                (true, false) => 1,
                (false, true) => -1,
                _ => Math.Sign(string.CompareOrdinal(x, y)),
            };
        }

        return order;
    }

    private static List<string> Canonical(string version)
    {
        var segments = Segment().Matches(version.Trim().Replace("-", ".pre.", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        var firstLetters = segments.FindIndex(s => !char.IsAsciiDigit(s[0]));
        var release = firstLetters < 0 ? segments : segments[..firstLetters];
        var pre = firstLetters < 0 ? [] : segments[firstLetters..];
        return [.. DropTrailingZeros(release), .. DropTrailingZeros(pre)];
    }

    private static IEnumerable<string> DropTrailingZeros(List<string> segments)
    {
        var end = segments.Count;
        while (end > 0 && VersionText.IsDigits(segments[end - 1]) && segments[end - 1].Trim('0').Length == 0)
        {
            end--;
        }

        return segments.Take(end);
    }

    [GeneratedRegex("[0-9]+|[a-zA-Z]+")]
    private static partial Regex Segment();

    // Looser than Gem::Version's own pattern, as OSV tooling is: letters may follow digits without a dot (1beta).
    [GeneratedRegex(@"^\s*[0-9][0-9A-Za-z.-]*\s*$")]
    private static partial Regex Grammar();

    private sealed class Key(string version, List<string> segments) : VersionKey(Instance, version)
    {
        public List<string> Segments { get; } = segments;
    }
}
