namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// A CVSS v2.0 base vector such as <c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c> (also accepted in parentheses or after <c>CVSS2#</c>,
/// as older records write it), scored with the v2.0 base equation (CVSS v2 Complete Documentation §3.2.1).
/// Only the six base metrics are supported: older CVE records carry base vectors, and the clearinghouse scores new
/// findings with v3.1 or v4.0. A temporal or environmental v2 metric is refused with that explanation rather than ignored.
/// </summary>
public readonly record struct CvssV20Vector
{
    private static readonly (string Name, string Values)[] Metrics =
        [("AV", "LAN"), ("AC", "HML"), ("Au", "MSN"), ("C", "NPC"), ("I", "NPC"), ("A", "NPC")];

    private static readonly double[] AccessVector = [0.395, 0.646, 1.0];
    private static readonly double[] AccessComplexity = [0.35, 0.61, 0.71];
    private static readonly double[] Authentication = [0.45, 0.56, 0.704];
    private static readonly double[] Impact = [0, 0.275, 0.660];

    private readonly byte av, ac, au, c, i, a;

    private CvssV20Vector(ReadOnlySpan<byte> values) => (av, ac, au, c, i, a) = (values[0], values[1], values[2], values[3], values[4], values[5]);

    /// <summary>The v2.0 base score.</summary>
    public CvssScore BaseScore
    {
        get
        {
            var impact = 10.41 * (1 - ((1 - Impact[c]) * (1 - Impact[i]) * (1 - Impact[a])));
            var exploitability = 20 * AccessVector[av] * AccessComplexity[ac] * Authentication[au];
            var f = impact == 0 ? 0 : 1.176;
            var score = ((0.6 * impact) + (0.4 * exploitability) - 1.5) * f;
            return CvssScore.FromTenths((int)Math.Round(score * 10, MidpointRounding.AwayFromZero));
        }
    }

    /// <summary>The v2.0 severity as NVD rated it: Low below 4.0, Medium below 7.0, else High (v2 has no None or Critical).</summary>
    public CvssSeverity Severity => BaseScore.Tenths switch
    {
        < 40 => CvssSeverity.Low,
        < 70 => CvssSeverity.Medium,
        _ => CvssSeverity.High,
    };

    /// <summary>Reads a v2.0 base vector; on failure <paramref name="error"/> says where and why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssV20Vector vector, out CvssError error)
    {
        vector = default;
        error = default;
        var offset = 0;
        if (text.StartsWith("CVSS2#", StringComparison.Ordinal))
        {
            offset = 6;
        }
        else if (text.StartsWith("(", StringComparison.Ordinal))
        {
            if (!text.EndsWith(")"))
            {
                error = new CvssError(text.Length, "missing ')'");
                return false;
            }

            offset = 1;
            text = text[..^1];
        }

        Span<byte> values = stackalloc byte[6];
        values.Fill(byte.MaxValue);
        var position = offset;
        while (true)
        {
            var rest = text[position..];
            var slash = rest.IndexOf('/');
            var component = slash < 0 ? rest : rest[..slash];
            var colon = component.IndexOf(':');
            if (component.IsEmpty || colon < 0)
            {
                error = new CvssError(position, component.IsEmpty ? "empty metric" : $"'{component}' is not a metric:value pair");
                return false;
            }

            var name = component[..colon];
            var value = component[(colon + 1)..];
            var metric = -1;
            for (var m = 0; m < Metrics.Length; m++)
            {
                if (name.SequenceEqual(Metrics[m].Name))
                {
                    metric = m;
                }
            }

            if (metric < 0)
            {
                error = new CvssError(position, name is "E" or "RL" or "RC" or "CDP" or "TD" or "CR" or "IR" or "AR"
                    ? $"only the base metrics of CVSS v2.0 are supported, not {name}"
                    : $"unknown metric '{name}'");
                return false;
            }

            if (values[metric] != byte.MaxValue)
            {
                error = new CvssError(position, $"duplicate metric {Metrics[metric].Name}");
                return false;
            }

            var index = value.Length == 1 ? Metrics[metric].Values.IndexOf(value[0], StringComparison.Ordinal) : -1;
            if (index < 0)
            {
                error = new CvssError(position + colon + 1, $"unknown value '{value}' for {Metrics[metric].Name} (expected {CvssV3Grammar.Expected(Metrics[metric].Values)})");
                return false;
            }

            values[metric] = (byte)index;
            if (slash < 0)
            {
                break;
            }

            position += slash + 1;
        }

        for (var m = 0; m < Metrics.Length; m++)
        {
            if (values[m] == byte.MaxValue)
            {
                error = new CvssError(text.Length, $"missing mandatory metric {Metrics[m].Name}");
                return false;
            }
        }

        vector = new CvssV20Vector(values);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> with the position and the reason.</summary>
    public static CvssV20Vector Parse(string text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException($"Not a CVSS v2.0 vector {error}.");

    /// <summary>The vector in the specification's order, without parentheses or prefix: <c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c>.</summary>
    public override string ToString() =>
        $"AV:{Metrics[0].Values[av]}/AC:{Metrics[1].Values[ac]}/Au:{Metrics[2].Values[au]}/C:{Metrics[3].Values[c]}/I:{Metrics[4].Values[i]}/A:{Metrics[5].Values[a]}";
}
