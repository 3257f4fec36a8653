namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Semantic Versioning 2.0.0 precedence (npm, crates.io, Go, and OSV <c>SEMVER</c> ranges). Read as leniently as OSV
/// tooling does: an optional <c>v</c> (Go's module versions, so <c>+incompatible</c> is build metadata and pseudo-versions
/// are ordinary pre-releases), missing minor or patch count as 0, and anything after the third number is build metadata.
/// Numbers may be of any length.
/// </summary>
public sealed class SemVerOrdering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static SemVerOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "SemVer 2.0.0";

    /// <inheritdoc/>
    public bool IsValid(string version) => TryRead(version, out _, out _);

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
        TryRead(version, out var numbers, out var prerelease) ? new Key(version, numbers, prerelease?.Split('.')) : null;

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var a = VersionKey.Of<Key>(left, this);
        var b = VersionKey.Of<Key>(right, this);
        var order = 0;
        for (var i = 0; i < 3 && order == 0; i++)
        {
            order = VersionText.CompareDigits(a.Numbers[i], b.Numbers[i]);
        }

        if (order == 0)
        {
            order = (a.Prerelease, b.Prerelease) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => CompareIdentifiers(a.Prerelease, b.Prerelease, ignoreCase: false),
            };
        }

        return order;
    }

    /// <summary>Orders dot-separated identifiers: numeric ones by value and below alphanumeric ones, those in ASCII order.</summary>
    internal static int CompareIdentifiers(string[] left, string[] right, bool ignoreCase)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = VersionText.IsDigits(left[i]);
            var rightNumeric = VersionText.IsDigits(right[i]);
            var order = (leftNumeric, rightNumeric) switch
            {
                (true, true) => VersionText.CompareDigits(left[i], right[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => Math.Sign(string.Compare(left[i], right[i], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static bool TryRead(string version, out string[] numbers, out string? prerelease)
    {
        numbers = ["0", "0", "0"];
        prerelease = null;
        var text = version.AsSpan();
        if (text.Length > 0 && text[0] is 'v' or 'V')
        {
            text = text[1..];
        }

        var plus = text.IndexOf('+');
        if (plus >= 0)
        {
            text = text[..plus];
        }

        var dash = text.IndexOf('-');
        var core = dash >= 0 ? text[..dash] : text;
        if (dash >= 0)
        {
            prerelease = text[(dash + 1)..].ToString();
            if (prerelease.Length == 0)
            {
                return false;
            }
        }

        var index = 0;
        foreach (var range in core.Split('.'))
        {
            var part = core[range];
            if (index < 3)
            {
                if (!VersionText.IsDigits(part))
                {
                    return false;
                }

                numbers[index] = part.ToString();
            }

            index++;
        }

        return true;
    }

    private sealed class Key(string version, string[] numbers, string[]? prerelease) : VersionKey(Instance, version)
    {
        public string[] Numbers { get; } = numbers;

        public string[]? Prerelease { get; } = prerelease;
    }
}
