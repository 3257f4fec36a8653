using System.Text;

namespace Clearinghouse.Standards.Tests.Cvss;

/// <summary>Seeded, reproducible random valid vectors covering every metric group (each optional metric absent, X or a value).</summary>
public static class RandomVectors
{
    private static readonly (string Name, string Values, bool Mandatory)[] V3 =
    [
        ("AV", "NALP", true), ("AC", "LH", true), ("PR", "NLH", true), ("UI", "NR", true), ("S", "UC", true),
        ("C", "HLN", true), ("I", "HLN", true), ("A", "HLN", true),
        ("E", "XHFPU", false), ("RL", "XUWTO", false), ("RC", "XCRU", false),
        ("CR", "XHML", false), ("IR", "XHML", false), ("AR", "XHML", false),
        ("MAV", "XNALP", false), ("MAC", "XLH", false), ("MPR", "XNLH", false), ("MUI", "XNR", false), ("MS", "XUC", false),
        ("MC", "XHLN", false), ("MI", "XHLN", false), ("MA", "XHLN", false),
    ];

    private static readonly (string Name, string[] Values, bool Mandatory)[] V4 =
    [
        ("AV", ["N", "A", "L", "P"], true), ("AC", ["L", "H"], true), ("AT", ["N", "P"], true), ("PR", ["N", "L", "H"], true),
        ("UI", ["N", "P", "A"], true), ("VC", ["H", "L", "N"], true), ("VI", ["H", "L", "N"], true), ("VA", ["H", "L", "N"], true),
        ("SC", ["H", "L", "N"], true), ("SI", ["H", "L", "N"], true), ("SA", ["H", "L", "N"], true),
        ("E", ["X", "A", "P", "U"], false),
        ("CR", ["X", "H", "M", "L"], false), ("IR", ["X", "H", "M", "L"], false), ("AR", ["X", "H", "M", "L"], false),
        ("MAV", ["X", "N", "A", "L", "P"], false), ("MAC", ["X", "L", "H"], false), ("MAT", ["X", "N", "P"], false),
        ("MPR", ["X", "N", "L", "H"], false), ("MUI", ["X", "N", "P", "A"], false), ("MVC", ["X", "H", "L", "N"], false),
        ("MVI", ["X", "H", "L", "N"], false), ("MVA", ["X", "H", "L", "N"], false), ("MSC", ["X", "H", "L", "N"], false),
        ("MSI", ["X", "S", "H", "L", "N"], false), ("MSA", ["X", "S", "H", "L", "N"], false),
        ("S", ["X", "N", "P"], false), ("AU", ["X", "N", "Y"], false), ("R", ["X", "A", "U", "I"], false),
        ("V", ["X", "D", "C"], false), ("RE", ["X", "L", "M", "H"], false), ("U", ["X", "Clear", "Green", "Amber", "Red"], false),
    ];

    public static List<string> V3x(string prefix, int count, int seed)
    {
        var random = new Random(seed);
        var vectors = new List<string>(count);
        var builder = new StringBuilder(128);
        for (var n = 0; n < count; n++)
        {
            builder.Clear().Append(prefix);
            foreach (var (name, values, mandatory) in V3)
            {
                if (mandatory || random.Next(2) == 0)
                {
                    builder.Append('/').Append(name).Append(':').Append(values[random.Next(mandatory ? values.Length : values.Length)]);
                }
            }

            vectors.Add(builder.ToString());
        }

        return vectors;
    }

    public static List<string> V40(int count, int seed)
    {
        var random = new Random(seed);
        var vectors = new List<string>(count);
        var builder = new StringBuilder(160);
        for (var n = 0; n < count; n++)
        {
            builder.Clear().Append("CVSS:4.0");
            foreach (var (name, values, mandatory) in V4)
            {
                if (mandatory || random.Next(2) == 0)
                {
                    builder.Append('/').Append(name).Append(':').Append(values[random.Next(values.Length)]);
                }
            }

            vectors.Add(builder.ToString());
        }

        return vectors;
    }
}
