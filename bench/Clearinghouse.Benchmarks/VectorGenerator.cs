using System.Text;

namespace Clearinghouse.Benchmarks;

/// <summary>Seeded random valid CVSS vectors with every metric group; <c>generate-vectors</c> writes them for the side-by-side script.</summary>
public static class VectorGenerator
{
    private static readonly (string Name, string[] Values, bool Mandatory)[] V31Metrics =
    [
        ("AV", ["N", "A", "L", "P"], true), ("AC", ["L", "H"], true), ("PR", ["N", "L", "H"], true), ("UI", ["N", "R"], true),
        ("S", ["U", "C"], true), ("C", ["H", "L", "N"], true), ("I", ["H", "L", "N"], true), ("A", ["H", "L", "N"], true),
        ("E", ["X", "H", "F", "P", "U"], false), ("RL", ["X", "U", "W", "T", "O"], false), ("RC", ["X", "C", "R", "U"], false),
        ("CR", ["X", "H", "M", "L"], false), ("IR", ["X", "H", "M", "L"], false), ("AR", ["X", "H", "M", "L"], false),
        ("MAV", ["X", "N", "A", "L", "P"], false), ("MAC", ["X", "L", "H"], false), ("MPR", ["X", "N", "L", "H"], false),
        ("MUI", ["X", "N", "R"], false), ("MS", ["X", "U", "C"], false), ("MC", ["X", "H", "L", "N"], false),
        ("MI", ["X", "H", "L", "N"], false), ("MA", ["X", "H", "L", "N"], false),
    ];

    private static readonly (string Name, string[] Values, bool Mandatory)[] V40Metrics =
    [
        ("AV", ["N", "A", "L", "P"], true), ("AC", ["L", "H"], true), ("AT", ["N", "P"], true), ("PR", ["N", "L", "H"], true),
        ("UI", ["N", "P", "A"], true), ("VC", ["H", "L", "N"], true), ("VI", ["H", "L", "N"], true), ("VA", ["H", "L", "N"], true),
        ("SC", ["H", "L", "N"], true), ("SI", ["H", "L", "N"], true), ("SA", ["H", "L", "N"], true),
        ("E", ["X", "A", "P", "U"], false), ("CR", ["X", "H", "M", "L"], false), ("IR", ["X", "H", "M", "L"], false), ("AR", ["X", "H", "M", "L"], false),
        ("MAV", ["X", "N", "A", "L", "P"], false), ("MAC", ["X", "L", "H"], false), ("MAT", ["X", "N", "P"], false),
        ("MPR", ["X", "N", "L", "H"], false), ("MUI", ["X", "N", "P", "A"], false), ("MVC", ["X", "H", "L", "N"], false),
        ("MVI", ["X", "H", "L", "N"], false), ("MVA", ["X", "H", "L", "N"], false), ("MSC", ["X", "H", "L", "N"], false),
        ("MSI", ["X", "S", "H", "L", "N"], false), ("MSA", ["X", "S", "H", "L", "N"], false),
        ("S", ["X", "N", "P"], false), ("AU", ["X", "N", "Y"], false), ("R", ["X", "A", "U", "I"], false),
        ("V", ["X", "D", "C"], false), ("RE", ["X", "L", "M", "H"], false), ("U", ["X", "Clear", "Green", "Amber", "Red"], false),
    ];

    public static string[] V31(int count, int seed) => Generate("CVSS:3.1", V31Metrics, count, new Random(seed));

    public static string[] V40(int count, int seed) => Generate("CVSS:4.0", V40Metrics, count, new Random(seed));

    /// <summary>Half v3.1, half v4.0, interleaved.</summary>
    public static string[] Mixed(int count, int seed)
    {
        var random = new Random(seed);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Generate(i % 2 == 0 ? "CVSS:3.1" : "CVSS:4.0", i % 2 == 0 ? V31Metrics : V40Metrics, 1, random)[0];
        }

        return result;
    }

    private static string[] Generate(string prefix, (string Name, string[] Values, bool Mandatory)[] metrics, int count, Random random)
    {
        var result = new string[count];
        var builder = new StringBuilder(160);
        for (var n = 0; n < count; n++)
        {
            builder.Clear().Append(prefix);
            foreach (var (name, values, mandatory) in metrics)
            {
                if (mandatory || random.Next(2) == 0)
                {
                    builder.Append('/').Append(name).Append(':').Append(values[random.Next(values.Length)]);
                }
            }

            result[n] = builder.ToString();
        }

        return result;
    }
}
