namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// The v3.0 and v3.1 equations (FIRST CVSS v3.1 specification §7 and its Appendix A; CVSS v3.0 specification §8).
/// Weights are indexed by the value indices of <see cref="CvssV3Grammar"/>. Nothing here allocates.
/// </summary>
internal static class CvssV3Scoring
{
    private static readonly double[] AttackVector = [0.85, 0.62, 0.55, 0.2];
    private static readonly double[] AttackComplexity = [0.77, 0.44];
    private static readonly double[] PrivilegesUnchanged = [0.85, 0.62, 0.27];
    private static readonly double[] PrivilegesChanged = [0.85, 0.68, 0.5];
    private static readonly double[] UserInteraction = [0.85, 0.62];
    private static readonly double[] Impact = [0.56, 0.22, 0];
    private static readonly double[] ExploitMaturity = [1, 1, 0.97, 0.94, 0.91];
    private static readonly double[] RemediationLevel = [1, 1, 0.97, 0.96, 0.95];
    private static readonly double[] ReportConfidence = [1, 1, 0.96, 0.92];
    private static readonly double[] Requirement = [1, 1.5, 1, 0.5];

    public static int Base(in CvssV3Metrics m, bool v31)
    {
        var iss = 1 - ((1 - Impact[m.C]) * (1 - Impact[m.I]) * (1 - Impact[m.A]));
        var changed = m.S == 1;
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        if (impact <= 0)
        {
            return 0;
        }

        var exploitability = 8.22 * AttackVector[m.AV] * AttackComplexity[m.AC]
            * (changed ? PrivilegesChanged : PrivilegesUnchanged)[m.PR] * UserInteraction[m.UI];
        return Roundup(Math.Min((changed ? 1.08 : 1) * (impact + exploitability), 10), v31);
    }

    public static int Temporal(in CvssV3Metrics m, bool v31) =>
        Roundup(Base(m, v31) / 10.0 * ExploitMaturity[m.E] * RemediationLevel[m.RL] * ReportConfidence[m.RC], v31);

    public static int Environmental(in CvssV3Metrics m, bool v31)
    {
        // A Modified metric that is X (index 0) takes the base metric's value; modified value indices are base index + 1.
        var c = m.MC == 0 ? m.C : m.MC - 1;
        var i = m.MI == 0 ? m.I : m.MI - 1;
        var a = m.MA == 0 ? m.A : m.MA - 1;
        var changed = (m.MS == 0 ? m.S : m.MS - 1) == 1;
        var av = m.MAV == 0 ? m.AV : m.MAV - 1;
        var ac = m.MAC == 0 ? m.AC : m.MAC - 1;
        var pr = m.MPR == 0 ? m.PR : m.MPR - 1;
        var ui = m.MUI == 0 ? m.UI : m.MUI - 1;

        var miss = Math.Min(
            1 - ((1 - (Requirement[m.CR] * Impact[c])) * (1 - (Requirement[m.IR] * Impact[i])) * (1 - (Requirement[m.AR] * Impact[a]))),
            0.915);
        var impact = changed
            ? (7.52 * (miss - 0.029)) - (3.25 * (v31 ? Math.Pow((miss * 0.9731) - 0.02, 13) : Math.Pow(miss - 0.02, 15)))
            : 6.42 * miss;
        if (impact <= 0)
        {
            return 0;
        }

        var exploitability = 8.22 * AttackVector[av] * AttackComplexity[ac] * (changed ? PrivilegesChanged : PrivilegesUnchanged)[pr] * UserInteraction[ui];
        var adjusted = Roundup(Math.Min((changed ? 1.08 : 1) * (impact + exploitability), 10), v31);
        return Roundup(adjusted / 10.0 * ExploitMaturity[m.E] * RemediationLevel[m.RL] * ReportConfidence[m.RC], v31);
    }

    /// <summary>
    /// Round up to one decimal, as whole tenths. v3.1 (Appendix A) first rounds to five decimals so that floating-point
    /// noise such as 4.000000000000001 does not round up to 4.1; v3.0 defined plain ceiling.
    /// </summary>
    public static int Roundup(double value, bool v31)
    {
        if (!v31)
        {
            return (int)Math.Ceiling(value * 10);
        }

        var scaled = (long)Math.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return scaled % 10_000 == 0 ? (int)(scaled / 10_000) : (int)(scaled / 10_000) + 1;
    }
}
