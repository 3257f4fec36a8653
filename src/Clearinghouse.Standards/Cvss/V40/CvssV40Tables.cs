namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// FIRST's normative CVSS v4.0 scoring data: the score of each of the 270 MacroVectors, the highest-severity vectors of
/// each equivalence class, and the maximal severity depth of each class.
/// </summary>
/// <remarks>
/// Transcribed from the CVSS v4.0 reference calculator (https://github.com/RedHatProductSecurity/cvss-v4-calculator,
/// <c>cvss_lookup.js</c>, <c>max_composed.js</c> and <c>max_severity.js</c> at commit bed6f2f, the same data as in its
/// later <c>cvss40.js</c>). Licence: BSD-2-Clause, Copyright FIRST.ORG, Inc., Red Hat, and contributors.
/// A test reads those three files and compares every entry here with them.
/// </remarks>
internal static class CvssV40Tables
{
    /// <summary>
    /// MacroVector scores in tenths, indexed by <see cref="MacroVectorIndex"/>. Each row is one EQ1, EQ2, EQ3 and EQ6
    /// (named by the comment: EQ1 EQ2 EQ3 . . EQ6) and holds EQ4 × EQ5 = 00, 01, 02, 10, 11, 12, 20, 21, 22.
    /// EQ3 = 2 with EQ6 = 0 cannot happen (EQ6 = 0 needs one of VC, VI, VA High), so there are 5 EQ3/EQ6 rows, not 6.
    /// </summary>
    public static ReadOnlySpan<byte> MacroVectorScores =>
    [
        100, 98, 95, 100, 93, 91, 93, 89, 81, // 000..0
        99, 95, 92, 96, 87, 81, 90, 80, 68, // 000..1
        98, 95, 90, 93, 89, 81, 88, 78, 69, // 001..0
        95, 92, 84, 92, 81, 65, 80, 70, 48, // 001..1
        92, 82, 72, 79, 69, 50, 69, 55, 27, // 002..1
        99, 95, 92, 95, 90, 84, 92, 82, 72, // 010..0
        97, 92, 85, 91, 83, 71, 81, 71, 53, // 010..1
        95, 92, 85, 92, 80, 70, 84, 71, 50, // 011..0
        93, 85, 73, 82, 72, 59, 70, 52, 30, // 011..1
        86, 75, 52, 71, 52, 29, 63, 29, 17, // 012..1
        98, 94, 91, 94, 86, 77, 87, 74, 63, // 100..0
        95, 87, 81, 89, 74, 64, 75, 63, 49, // 100..1
        94, 88, 76, 86, 74, 59, 72, 57, 52, // 101..0
        89, 77, 67, 76, 58, 50, 57, 52, 25, // 101..1
        83, 70, 54, 65, 58, 26, 53, 21, 13, // 102..1
        95, 88, 76, 90, 75, 61, 77, 68, 52, // 110..0
        90, 76, 70, 77, 62, 53, 66, 59, 30, // 110..1
        89, 76, 62, 74, 57, 47, 61, 57, 24, // 111..0
        78, 67, 58, 59, 57, 23, 52, 29, 16, // 111..1
        71, 59, 30, 58, 26, 15, 23, 13, 6, // 112..1
        93, 86, 75, 86, 74, 56, 70, 52, 40, // 200..0
        87, 72, 58, 74, 61, 34, 54, 40, 22, // 200..1
        85, 74, 62, 72, 55, 46, 53, 34, 19, // 201..0
        75, 55, 51, 57, 41, 19, 36, 19, 8, // 201..1
        64, 51, 20, 47, 21, 11, 24, 9, 4, // 202..1
        88, 73, 60, 73, 59, 41, 54, 45, 20, // 210..0
        75, 53, 50, 55, 40, 20, 43, 22, 11, // 210..1
        75, 58, 40, 61, 48, 20, 46, 17, 8, // 211..0
        55, 45, 21, 51, 18, 9, 18, 7, 2, // 211..1
        53, 24, 14, 24, 12, 5, 10, 3, 1, // 212..1
    ];

    /// <summary>The position of a MacroVector in <see cref="MacroVectorScores"/>, or -1 when there is no such MacroVector.</summary>
    public static int MacroVectorIndex(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        if (eq1 is < 0 or > 2 || eq2 is < 0 or > 1 || eq3 is < 0 or > 2 || eq4 is < 0 or > 2 || eq5 is < 0 or > 2 || eq6 is < 0 or > 1
            || (eq3 == 2 && eq6 == 0))
        {
            return -1;
        }

        var eq3eq6 = (eq3 * 2) + eq6 - (eq3 == 2 ? 1 : 0); // 00, 01, 10, 11, 21 -> 0..4
        return (((((eq1 * 2) + eq2) * 5) + eq3eq6) * 9) + (eq4 * 3) + eq5;
    }

    // The highest-severity vectors of each equivalence class level, as the value letters of the metrics listed first
    // (SI:S and SA:S are the Safety values of MSI and MSA). EQ5's only highest vector is E at the EQ5 level itself (A, P, U).

    /// <summary>EQ1 levels 0..2: AV, PR, UI.</summary>
    public static readonly string[] Eq1Metrics = ["AV", "PR", "UI"];

    /// <summary>The highest vectors of each EQ1 level.</summary>
    public static readonly string[][] Eq1Max = [["NNN"], ["ANN", "NLN", "NNP"], ["PNN", "ALP"]];

    /// <summary>EQ2 levels 0..1: AC, AT.</summary>
    public static readonly string[] Eq2Metrics = ["AC", "AT"];

    /// <summary>The highest vectors of each EQ2 level.</summary>
    public static readonly string[][] Eq2Max = [["LN"], ["HN", "LP"]];

    /// <summary>EQ3 and EQ6 together, indexed EQ3 × 2 + EQ6: VC, VI, VA, CR, IR, AR.</summary>
    public static readonly string[] Eq3Eq6Metrics = ["VC", "VI", "VA", "CR", "IR", "AR"];

    /// <summary>The highest vectors of each EQ3/EQ6 pair (index 4, EQ3 = 2 with EQ6 = 0, cannot happen).</summary>
    public static readonly string[][] Eq3Eq6Max =
    [
        ["HHHHHH"],
        ["HHLMMH", "HHHMMM"],
        ["LHHHHH", "HLHHHH"],
        ["LHLHMH", "LHHHMM", "HLHMHM", "HLLMHH", "LLHHHM"],
        [],
        ["LLLHHH"],
    ];

    /// <summary>EQ4 levels 0..2: SC, SI, SA.</summary>
    public static readonly string[] Eq4Metrics = ["SC", "SI", "SA"];

    /// <summary>The highest vectors of each EQ4 level.</summary>
    public static readonly string[][] Eq4Max = [["HSS"], ["HHH"], ["LLL"]];

    // Maximal severity distance within each class level, plus one ("depth" of the MacroVector). EQ5 has none: a vector
    // is always at distance 0 from its EQ5 highest vector, so its proportion is 0 whatever the depth.

    /// <summary>Depth of EQ1 levels 0..2.</summary>
    public static ReadOnlySpan<byte> Eq1Depth => [1, 4, 5];

    /// <summary>Depth of EQ2 levels 0..1.</summary>
    public static ReadOnlySpan<byte> Eq2Depth => [1, 2];

    /// <summary>Depth of EQ3/EQ6, indexed EQ3 × 2 + EQ6 (0 where the pair cannot happen).</summary>
    public static ReadOnlySpan<byte> Eq3Eq6Depth => [7, 6, 8, 8, 0, 10];

    /// <summary>Depth of EQ4 levels 0..2.</summary>
    public static ReadOnlySpan<byte> Eq4Depth => [6, 5, 4];
}
