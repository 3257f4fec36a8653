using System.Globalization;

namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// A CVSS score, 0.0 to 10.0 with one decimal, held as whole tenths so that comparisons are exact
/// (every CVSS version rounds its scores to one decimal).
/// </summary>
public readonly record struct CvssScore : IComparable<CvssScore>
{
    private CvssScore(byte tenths) => Tenths = tenths;

    /// <summary>The score times ten: 98 for 9.8.</summary>
    public byte Tenths { get; }

    /// <summary>The score as a number, e.g. 9.8.</summary>
    public double Value => Tenths / 10.0;

    /// <summary>A score from whole tenths (0 to 100).</summary>
    public static CvssScore FromTenths(int tenths) =>
        tenths is < 0 or > 100 ? throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "A CVSS score is 0.0 to 10.0.") : new CvssScore((byte)tenths);

    /// <summary>The v3.x and v4.0 qualitative rating of this score.</summary>
    public CvssSeverity Severity => Tenths switch
    {
        0 => CvssSeverity.None,
        < 40 => CvssSeverity.Low,
        < 70 => CvssSeverity.Medium,
        < 90 => CvssSeverity.High,
        _ => CvssSeverity.Critical,
    };

    /// <inheritdoc />
    public int CompareTo(CvssScore other) => Tenths.CompareTo(other.Tenths);

    /// <summary>Ordering by value.</summary>
    public static bool operator <(CvssScore left, CvssScore right) => left.Tenths < right.Tenths;

    /// <summary>Ordering by value.</summary>
    public static bool operator >(CvssScore left, CvssScore right) => left.Tenths > right.Tenths;

    /// <summary>Ordering by value.</summary>
    public static bool operator <=(CvssScore left, CvssScore right) => left.Tenths <= right.Tenths;

    /// <summary>Ordering by value.</summary>
    public static bool operator >=(CvssScore left, CvssScore right) => left.Tenths >= right.Tenths;

    /// <summary>The score with one decimal, as CVSS writes it: <c>9.8</c>, <c>10.0</c>, <c>0.0</c>.</summary>
    public override string ToString() => (Tenths / 10).ToString(CultureInfo.InvariantCulture) + "." + (Tenths % 10).ToString(CultureInfo.InvariantCulture);
}
