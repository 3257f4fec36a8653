namespace Clearinghouse.Standards.Versions;

/// <summary>
/// NuGet's version order (NuGet.Versioning): up to four numbers (missing ones are 0), then SemVer 2.0 release labels
/// compared without regard to case; build metadata after <c>+</c> is ignored.
/// </summary>
public sealed class NuGetOrdering : IVersionOrdering
{
    /// <summary>The one instance.</summary>
    public static NuGetOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "NuGet";

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
    public VersionKey? ReadKey(string version) => TryRead(version, out var numbers, out var labels) ? new Key(version, numbers, labels) : null;

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var a = VersionKey.Of<Key>(left, this);
        var b = VersionKey.Of<Key>(right, this);
        var order = 0;
        for (var i = 0; i < 4 && order == 0; i++)
        {
            order = VersionText.CompareDigits(a.Numbers[i], b.Numbers[i]);
        }

        if (order == 0)
        {
            order = (a.Labels, b.Labels) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => SemVerOrdering.CompareIdentifiers(a.Labels, b.Labels, ignoreCase: true),
            };
        }

        return order;
    }

    private static bool TryRead(string version, out string[] numbers, out string[]? labels)
    {
        numbers = ["0", "0", "0", "0"];
        labels = null;
        var text = version.Trim();
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            text = text[..plus];
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            labels = text[(dash + 1)..].Split('.');
            text = text[..dash];
            if (labels.Any(l => l.Length == 0))
            {
                return false;
            }
        }

        var parts = text.Split('.');
        if (parts.Length > 4 || parts.Any(p => !VersionText.IsDigits(p)))
        {
            return false;
        }

        parts.CopyTo(numbers, 0);
        return true;
    }

    private sealed class Key(string version, string[] numbers, string[]? labels) : VersionKey(Instance, version)
    {
        public string[] Numbers { get; } = numbers;

        public string[]? Labels { get; } = labels;
    }
}
