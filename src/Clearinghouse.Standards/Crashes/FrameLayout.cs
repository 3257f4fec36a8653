using System.Globalization;
using System.Text.RegularExpressions;

namespace Clearinghouse.Standards.Crashes;

/// <summary>
/// Where one stack-frame format keeps its parts: the group numbers of its pattern, first non-empty group winning
/// (ClusterFuzz's StackFrameSpec).
/// </summary>
internal sealed record FrameLayout(int[] Function, int[] File, int[] Line, int[] ModuleOffset)
{
    public static FrameLayout Sanitizer { get; } = new([7, 5, 23], [12, 16], [13, 17], [21, 32]);
    public static FrameLayout Chrome { get; } = new([4], [], [], []);
    public static FrameLayout ChromeMac { get; } = new([6], [], [], []);
    public static FrameLayout ChromeWindows { get; } = new([1], [5], [6], []);
    public static FrameLayout WindowsCdb { get; } = new([4], [], [], []);
    public static FrameLayout Python { get; } = new([3], [1], [2], []);

    /// <summary>
    /// The frame's file and line, and whether it is kept as printed: a frame with a module offset but no function
    /// is unsymbolized, and its module+offset is the only identity it has.
    /// </summary>
    public (string? File, int? Line, bool KeepAsIs) Read(Match match)
    {
        var file = First(match, File);
        int? line = int.TryParse(First(match, Line), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var moduleOffset = First(match, ModuleOffset);
        var keepAsIs = moduleOffset is not null && string.IsNullOrEmpty(First(match, Function)) && IsNonZeroHex(moduleOffset);
        return (file, line, keepAsIs);
    }

    private static string? First(Match match, int[] groups)
    {
        foreach (var group in groups)
        {
            if (match.Groups[group].Success && match.Groups[group].Value.Length > 0)
            {
                return PythonText.Strip(match.Groups[group].Value);
            }
        }

        return null;
    }

    private static bool IsNonZeroHex(string value)
    {
        var v = PythonText.AddressToInteger(value);
        return !v.IsZero;
    }
}
