namespace Clearinghouse.Standards.Versions;

/// <summary>Comparisons shared by the orderings: digit strings of any length, without converting to a machine integer.</summary>
internal static class VersionText
{
    /// <summary>Compares two runs of ASCII digits by value (leading zeros ignored), whatever their length.</summary>
    public static int CompareDigits(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        return left.Length != right.Length ? left.Length.CompareTo(right.Length) : Math.Sign(left.SequenceCompareTo(right));
    }

    /// <summary>True when the text is one or more ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
