namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// CVSS v4.0 scoring (FIRST CVSS v4.0 specification §8), as FIRST's reference calculator (cvss40.js) computes it:
/// the MacroVector's score from <see cref="CvssV40Tables"/>, lowered by the mean, over the equivalence classes that have
/// a next lower MacroVector, of (score difference to that MacroVector) × (severity distance to the highest vector of
/// the class) / (depth of the class). Nothing here allocates.
/// </summary>
/// <remarks>
/// Each metric value has a severity level, 0 for the most severe (AV: N 0, A 1, L 2, P 3; SI and SA: S 0, H 1, L 2, N 3;
/// E: A 0, P 1, U 2; ...); a distance is a difference of levels. The reference computes with levels of 0.1 in floating
/// point and rounds half up after adding 1e-6 to absorb the floating-point error. Here the same quantities are exact
/// integers and fractions: the exact result is a fraction whose denominator is at most 5 × 5 × 2 × 10 × 6 = 3,000, so it is
/// either exactly on a half-tenth or at least 1/6,000 of a tenth away from one, far more than 1e-6 plus the reference's
/// floating-point error. Exact rounding half up therefore gives the reference's result for every vector.
/// </remarks>
internal static class CvssV40Scoring
{
    // Effective levels in the order the highest-vector tables use: EQ1 AV PR UI, EQ2 AC AT,
    // EQ3/EQ6 VC VI VA CR IR AR, EQ4 SC SI SA, then E.
    private const int AV = 0, PR = 1, UI = 2, AC = 3, AT = 4, VC = 5, VI = 6, VA = 7, CR = 8, IR = 9, AR = 10, SC = 11, SI = 12, SA = 13, E = 14;
    private const int LevelCount = 15;

    private static readonly byte[][] Eq1Max = Levels(CvssV40Tables.Eq1Metrics, CvssV40Tables.Eq1Max);
    private static readonly byte[][] Eq2Max = Levels(CvssV40Tables.Eq2Metrics, CvssV40Tables.Eq2Max);
    private static readonly byte[][] Eq3Eq6Max = Levels(CvssV40Tables.Eq3Eq6Metrics, CvssV40Tables.Eq3Eq6Max);
    private static readonly byte[][] Eq4Max = Levels(CvssV40Tables.Eq4Metrics, CvssV40Tables.Eq4Max);

    /// <summary>The score in tenths (0 to 100).</summary>
    public static int ScoreTenths(in CvssV40Vector vector)
    {
        Span<int> level = stackalloc int[LevelCount];
        Read(vector, level);

        // No impact on the vulnerable or any subsequent system: 0.0 whatever else.
        if (level[VC] == 2 && level[VI] == 2 && level[VA] == 2 && level[SC] == 2 && level[SI] == 3 && level[SA] == 3)
        {
            return 0;
        }

        Classes(level, out var eq1, out var eq2, out var eq3, out var eq4, out var eq5, out var eq6);
        var value = Lookup(eq1, eq2, eq3, eq4, eq5, eq6);

        // The score of the next lower MacroVector in each class, -1 where there is none.
        var lower1 = Lookup(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
        var lower2 = Lookup(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
        var lower36 = (eq3, eq6) switch
        {
            (0, 0) => Higher(Lookup(eq1, eq2, 0, eq4, eq5, 1), Lookup(eq1, eq2, 1, eq4, eq5, 0)),
            (1, 0) => Lookup(eq1, eq2, 1, eq4, eq5, 1),
            (_, 1) => Lookup(eq1, eq2, eq3 + 1, eq4, eq5, 1), // 01 -> 11, 11 -> 21, 21 -> none
            _ => -1,
        };
        var lower4 = Lookup(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
        var lower5 = Lookup(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

        // Severity distance to the first highest vector of each class that is at least as severe in every metric.
        // With FIRST's tables every vector has one in every class (checked exhaustively when this was written); should
        // some class have none, the reference uses the last combination of highest vectors it tried, which is the last
        // highest vector of every class, and so does this.
        var max1 = Eq1Max[eq1];
        var max2 = Eq2Max[eq2];
        var max36 = Eq3Eq6Max[(eq3 * 2) + eq6];
        var max4 = Eq4Max[eq4];
        var level1 = level[AV..(UI + 1)];
        var level2 = level[AC..(AT + 1)];
        var level36 = level[VC..(AR + 1)];
        var level4 = level[SC..(SA + 1)];
        var distance1 = Distance(max1, level1, false);
        var distance2 = Distance(max2, level2, false);
        var distance36 = Distance(max36, level36, false);
        var distance4 = Distance(max4, level4, false);
        if (distance1 < 0 || distance2 < 0 || distance36 < 0 || distance4 < 0)
        {
            distance1 = Distance(max1, level1, true);
            distance2 = Distance(max2, level2, true);
            distance36 = Distance(max36, level36, true);
            distance4 = Distance(max4, level4, true);
        }

        // mean = Σ (value - lower) × distance / depth / n, over the n classes with a lower MacroVector (EQ5 counts in n
        // but adds 0: E always equals its highest vector). With P the product of the depths, in units of tenths / (n × P):
        int depth1 = CvssV40Tables.Eq1Depth[eq1], depth2 = CvssV40Tables.Eq2Depth[eq2];
        int depth36 = CvssV40Tables.Eq3Eq6Depth[(eq3 * 2) + eq6], depth4 = CvssV40Tables.Eq4Depth[eq4];
        long product = depth1 * depth2 * depth36 * depth4;
        long sum = 0;
        var n = 0;
        Add(lower1, distance1, depth1);
        Add(lower2, distance2, depth2);
        Add(lower36, distance36, depth36);
        Add(lower4, distance4, depth4);
        if (lower5 >= 0)
        {
            n++;
        }

        if (n == 0)
        {
            return value;
        }

        // score = value - sum / (n × P), clamped to 0..10, rounded half up to a tenth.
        var denominator = n * product;
        var numerator = (value * denominator) - sum;
        return numerator <= 0 ? 0
            : numerator >= 100 * denominator ? 100
            : (int)(((2 * numerator) + denominator) / (2 * denominator));

        void Add(int lower, int distance, int depth)
        {
            if (lower >= 0)
            {
                n++;
                sum += (long)(value - lower) * distance * (product / depth);
            }
        }
    }

    /// <summary>EQ1 ... EQ6 packed one digit per four bits, EQ1 highest: 0x002201 for MacroVector 002201.</summary>
    public static int EquivalenceClasses(in CvssV40Vector vector)
    {
        Span<int> level = stackalloc int[LevelCount];
        Read(vector, level);
        Classes(level, out var eq1, out var eq2, out var eq3, out var eq4, out var eq5, out var eq6);
        return (eq1 << 20) | (eq2 << 16) | (eq3 << 12) | (eq4 << 8) | (eq5 << 4) | eq6;
    }

    /// <summary>
    /// The effective level of each scoring metric: a modified metric other than X replaces its base metric; E, CR, IR and
    /// AR that are X count as their most severe value (E:A, CR:H, IR:H, AR:H).
    /// </summary>
    private static void Read(in CvssV40Vector v, Span<int> level)
    {
        level[AV] = Effective(v, 0);
        level[AC] = Effective(v, 1);
        level[AT] = Effective(v, 2);
        level[PR] = Effective(v, 3);
        level[UI] = Effective(v, 4);
        level[VC] = Effective(v, 5);
        level[VI] = Effective(v, 6);
        level[VA] = Effective(v, 7);
        level[SC] = Effective(v, 8);
        level[SI] = Effective(v, 9);
        level[SA] = Effective(v, 10);
        level[E] = Math.Max(v[CvssV40Vector.E] - 1, 0);
        level[CR] = Math.Max(v[12] - 1, 0);
        level[IR] = Math.Max(v[13] - 1, 0);
        level[AR] = Math.Max(v[14] - 1, 0);
    }

    private static int Effective(in CvssV40Vector v, int baseMetric)
    {
        // Value lists of modified metrics are X followed by the levels (see CvssV40Vector.Values); SI and SA have no S
        // (level 0) among their base values, so their base value index is one below their level.
        var modified = v[baseMetric + CvssV40Vector.FirstModified];
        return modified != 0 ? modified - 1 : v[baseMetric] + (baseMetric is 9 or 10 ? 1 : 0);
    }

    private static void Classes(ReadOnlySpan<int> l, out int eq1, out int eq2, out int eq3, out int eq4, out int eq5, out int eq6)
    {
        // EQ1: 0 = AV:N and PR:N and UI:N; 1 = one of them N, not all, and AV not P; 2 = AV:P or none of them N.
        eq1 = l[AV] == 0 && l[PR] == 0 && l[UI] == 0 ? 0 : (l[AV] == 0 || l[PR] == 0 || l[UI] == 0) && l[AV] != 3 ? 1 : 2;

        // EQ2: 0 = AC:L and AT:N.
        eq2 = l[AC] == 0 && l[AT] == 0 ? 0 : 1;

        // EQ3: 0 = VC:H and VI:H; 1 = one of VC, VI, VA H; 2 = none H.
        eq3 = l[VC] == 0 && l[VI] == 0 ? 0 : l[VC] == 0 || l[VI] == 0 || l[VA] == 0 ? 1 : 2;

        // EQ4: 0 = MSI:S or MSA:S; 1 = one of SC, SI, SA H; 2 = otherwise.
        eq4 = l[SI] == 0 || l[SA] == 0 ? 0 : l[SC] == 0 || l[SI] == 1 || l[SA] == 1 ? 1 : 2;

        // EQ5: E:A 0, E:P 1, E:U 2.
        eq5 = l[E];

        // EQ6: 0 = (CR:H and VC:H) or (IR:H and VI:H) or (AR:H and VA:H).
        eq6 = (l[CR] == 0 && l[VC] == 0) || (l[IR] == 0 && l[VI] == 0) || (l[AR] == 0 && l[VA] == 0) ? 0 : 1;
    }

    private static int Lookup(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        var index = CvssV40Tables.MacroVectorIndex(eq1, eq2, eq3, eq4, eq5, eq6);
        return index < 0 ? -1 : CvssV40Tables.MacroVectorScores[index];
    }

    private static int Higher(int a, int b) => a < 0 || b < 0 ? -1 : Math.Max(a, b);

    /// <summary>
    /// The summed distance of <paramref name="level"/> from the first highest vector in <paramref name="candidates"/>
    /// (flattened, <c>level.Length</c> levels each) that it does not exceed in severity, or -1 if none; with
    /// <paramref name="last"/>, from the last highest vector whatever it is.
    /// </summary>
    private static int Distance(byte[] candidates, ReadOnlySpan<int> level, bool last)
    {
        for (var start = last ? candidates.Length - level.Length : 0; start < candidates.Length; start += level.Length)
        {
            var sum = 0;
            var dominated = true;
            for (var i = 0; i < level.Length; i++)
            {
                var d = level[i] - candidates[start + i];
                dominated &= d >= 0;
                sum += d;
            }

            if (dominated || last)
            {
                return sum;
            }
        }

        return -1;
    }

    /// <summary>Highest vectors as flattened levels, from the value letters of <see cref="CvssV40Tables"/>.</summary>
    private static byte[][] Levels(string[] metrics, string[][] table)
    {
        var result = new byte[table.Length][];
        for (var row = 0; row < table.Length; row++)
        {
            result[row] = new byte[table[row].Length * metrics.Length];
            for (var c = 0; c < table[row].Length; c++)
            {
                for (var m = 0; m < metrics.Length; m++)
                {
                    // A base metric's levels are its modified metric's value indices minus one (X); CR, IR, AR likewise.
                    var metric = CvssV40Vector.IndexOfMetric(metrics[m]);
                    var scale = metric < CvssV40Vector.BaseCount ? metric + CvssV40Vector.FirstModified : metric;
                    var index = CvssV40Vector.IndexOfValue(scale, table[row][c].AsSpan(m, 1));
                    result[row][(c * metrics.Length) + m] = index > 0
                        ? (byte)(index - 1)
                        : throw new InvalidOperationException($"CVSS v4.0 table: no value {table[row][c][m]} for {metrics[m]}");
                }
            }
        }

        return result;
    }
}
