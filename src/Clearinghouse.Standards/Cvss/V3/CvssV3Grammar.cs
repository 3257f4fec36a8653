namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// The v3.x vector grammar (FIRST CVSS v3.1 specification §6, identical for 3.0): metric names in their
/// specification order, the letters each accepts, and whether it is mandatory. Vectors may list metrics in any order
/// (the specification recommends, but does not require, the order of its table); each metric at most once.
/// </summary>
internal static class CvssV3Grammar
{
    public const int MetricCount = 22;

    // Name, accepted letters (optional metrics start with X, Not Defined), whether mandatory, and the FIRST CVSS JSON
    // schema's property name and value words (one per letter), in specification order.
    public static readonly (string Name, string Values, bool Mandatory, string JsonName, string[] JsonValues)[] Metrics =
    [
        ("AV", "NALP", true, "attackVector", ["NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL"]),
        ("AC", "LH", true, "attackComplexity", ["LOW", "HIGH"]),
        ("PR", "NLH", true, "privilegesRequired", ["NONE", "LOW", "HIGH"]),
        ("UI", "NR", true, "userInteraction", ["NONE", "REQUIRED"]),
        ("S", "UC", true, "scope", ["UNCHANGED", "CHANGED"]),
        ("C", "HLN", true, "confidentialityImpact", ["HIGH", "LOW", "NONE"]),
        ("I", "HLN", true, "integrityImpact", ["HIGH", "LOW", "NONE"]),
        ("A", "HLN", true, "availabilityImpact", ["HIGH", "LOW", "NONE"]),
        ("E", "XHFPU", false, "exploitCodeMaturity", ["NOT_DEFINED", "HIGH", "FUNCTIONAL", "PROOF_OF_CONCEPT", "UNPROVEN"]),
        ("RL", "XUWTO", false, "remediationLevel", ["NOT_DEFINED", "UNAVAILABLE", "WORKAROUND", "TEMPORARY_FIX", "OFFICIAL_FIX"]),
        ("RC", "XCRU", false, "reportConfidence", ["NOT_DEFINED", "CONFIRMED", "REASONABLE", "UNKNOWN"]),
        ("CR", "XHML", false, "confidentialityRequirement", ["NOT_DEFINED", "HIGH", "MEDIUM", "LOW"]),
        ("IR", "XHML", false, "integrityRequirement", ["NOT_DEFINED", "HIGH", "MEDIUM", "LOW"]),
        ("AR", "XHML", false, "availabilityRequirement", ["NOT_DEFINED", "HIGH", "MEDIUM", "LOW"]),
        ("MAV", "XNALP", false, "modifiedAttackVector", ["NOT_DEFINED", "NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL"]),
        ("MAC", "XLH", false, "modifiedAttackComplexity", ["NOT_DEFINED", "LOW", "HIGH"]),
        ("MPR", "XNLH", false, "modifiedPrivilegesRequired", ["NOT_DEFINED", "NONE", "LOW", "HIGH"]),
        ("MUI", "XNR", false, "modifiedUserInteraction", ["NOT_DEFINED", "NONE", "REQUIRED"]),
        ("MS", "XUC", false, "modifiedScope", ["NOT_DEFINED", "UNCHANGED", "CHANGED"]),
        ("MC", "XHLN", false, "modifiedConfidentialityImpact", ["NOT_DEFINED", "HIGH", "LOW", "NONE"]),
        ("MI", "XHLN", false, "modifiedIntegrityImpact", ["NOT_DEFINED", "HIGH", "LOW", "NONE"]),
        ("MA", "XHLN", false, "modifiedAvailabilityImpact", ["NOT_DEFINED", "HIGH", "LOW", "NONE"]),
    ];

    public static int IndexOf(ReadOnlySpan<char> name)
    {
        // Hand-rolled for speed: this runs once per metric of every vector scored.
        switch (name.Length)
        {
            case 1:
                return name[0] switch { 'S' => 4, 'C' => 5, 'I' => 6, 'A' => 7, 'E' => 8, _ => -1 };
            case 2:
                return (name[0], name[1]) switch
                {
                    ('A', 'V') => 0, ('A', 'C') => 1, ('P', 'R') => 2, ('U', 'I') => 3, ('R', 'L') => 9, ('R', 'C') => 10,
                    ('C', 'R') => 11, ('I', 'R') => 12, ('A', 'R') => 13, ('M', 'S') => 18, ('M', 'C') => 19, ('M', 'I') => 20, ('M', 'A') => 21,
                    _ => -1,
                };
            case 3:
                return (name[0], name[1], name[2]) switch
                {
                    ('M', 'A', 'V') => 14, ('M', 'A', 'C') => 15, ('M', 'P', 'R') => 16, ('M', 'U', 'I') => 17,
                    _ => -1,
                };
            default:
                return -1;
        }
    }

    public static ref byte Slot(ref CvssV3Metrics m, int metric)
    {
        switch (metric)
        {
            case 0: return ref m.AV;
            case 1: return ref m.AC;
            case 2: return ref m.PR;
            case 3: return ref m.UI;
            case 4: return ref m.S;
            case 5: return ref m.C;
            case 6: return ref m.I;
            case 7: return ref m.A;
            case 8: return ref m.E;
            case 9: return ref m.RL;
            case 10: return ref m.RC;
            case 11: return ref m.CR;
            case 12: return ref m.IR;
            case 13: return ref m.AR;
            case 14: return ref m.MAV;
            case 15: return ref m.MAC;
            case 16: return ref m.MPR;
            case 17: return ref m.MUI;
            case 18: return ref m.MS;
            case 19: return ref m.MC;
            case 20: return ref m.MI;
            default: return ref m.MA;
        }
    }

    public static byte Get(in CvssV3Metrics m, int metric)
    {
        var copy = m;
        return Slot(ref copy, metric);
    }

    /// <summary>Parses the part after the <c>CVSS:3.x/</c> prefix, which starts at <paramref name="offset"/> of the whole string.</summary>
    public static bool TryParse(ReadOnlySpan<char> body, int offset, out CvssV3Metrics metrics, out CvssError error)
    {
        metrics = default;
        error = default;
        var seen = 0;
        var position = 0;
        while (true)
        {
            var rest = body[position..];
            var slash = rest.IndexOf('/');
            var component = slash < 0 ? rest : rest[..slash];
            var at = offset + position;
            var colon = component.IndexOf(':');
            if (component.IsEmpty)
            {
                error = new CvssError(at, slash < 0 ? "the vector ends with '/'" : "empty metric between '/' separators");
                return false;
            }

            if (colon < 0)
            {
                error = new CvssError(at, $"'{component}' is not a metric:value pair");
                return false;
            }

            var name = component[..colon];
            var value = component[(colon + 1)..];
            var metric = IndexOf(name);
            if (metric < 0)
            {
                error = new CvssError(at, $"unknown metric '{name}'");
                return false;
            }

            if ((seen & (1 << metric)) != 0)
            {
                error = new CvssError(at, $"duplicate metric {Metrics[metric].Name}");
                return false;
            }

            var letters = Metrics[metric].Values;
            var index = value.Length == 1 ? letters.IndexOf(value[0], StringComparison.Ordinal) : -1;
            if (index < 0)
            {
                error = new CvssError(at + colon + 1, $"unknown value '{value}' for {Metrics[metric].Name} (expected {Expected(letters)})");
                return false;
            }

            seen |= 1 << metric;
            Slot(ref metrics, metric) = (byte)index;
            if (slash < 0)
            {
                break;
            }

            position += slash + 1;
        }

        for (var metric = 0; metric < MetricCount; metric++)
        {
            if (Metrics[metric].Mandatory && (seen & (1 << metric)) == 0)
            {
                error = new CvssError(offset + body.Length, $"missing mandatory metric {Metrics[metric].Name}");
                return false;
            }
        }

        return true;
    }

    /// <summary>The vector in specification order, leaving out optional metrics that are X (Not Defined).</summary>
    public static string Format(string prefix, in CvssV3Metrics metrics)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Format(prefix, metrics, buffer)]);
    }

    /// <summary>The longest normalized vector: prefix and all 22 metrics.</summary>
    public const int MaxLength = 128;

    /// <summary>Writes the normalized vector into <paramref name="buffer"/> (at least <see cref="MaxLength"/> long) and returns its length.</summary>
    public static int Format(string prefix, in CvssV3Metrics metrics, Span<char> buffer)
    {
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        for (var metric = 0; metric < MetricCount; metric++)
        {
            var value = Get(metrics, metric);
            if (!Metrics[metric].Mandatory && value == 0)
            {
                continue;
            }

            buffer[length++] = '/';
            Metrics[metric].Name.CopyTo(buffer[length..]);
            length += Metrics[metric].Name.Length;
            buffer[length++] = ':';
            buffer[length++] = Metrics[metric].Values[value];
        }

        return length;
    }

    /// <summary>Writes the FIRST CVSS v3.x JSON object (cvss-v3.0.json / cvss-v3.1.json schema) of a vector.</summary>
    public static void WriteJson(System.Text.Json.Utf8JsonWriter writer, string version, string prefix, in CvssV3Metrics metrics, bool v31)
    {
        Span<char> vector = stackalloc char[MaxLength];
        writer.WriteStartObject();
        writer.WriteString("version", version);
        writer.WriteString("vectorString", vector[..Format(prefix, metrics, vector)]);
        for (var metric = 0; metric < MetricCount; metric++)
        {
            var value = Get(metrics, metric);
            if (Metrics[metric].Mandatory || value != 0)
            {
                writer.WriteString(Metrics[metric].JsonName, Metrics[metric].JsonValues[value]);
            }

            if (metric == 7)
            {
                CvssJson.WriteScore(writer, "base", CvssV3Scoring.Base(metrics, v31));
            }
        }

        if (metrics.HasTemporal)
        {
            CvssJson.WriteScore(writer, "temporal", CvssV3Scoring.Temporal(metrics, v31));
        }

        if (metrics.HasEnvironmental)
        {
            CvssJson.WriteScore(writer, "environmental", CvssV3Scoring.Environmental(metrics, v31));
        }

        writer.WriteEndObject();
    }

    public static string Expected(string letters)
    {
        var list = string.Join(", ", letters.Select(c => c.ToString()));
        var comma = list.LastIndexOf(',');
        return comma < 0 ? list : list[..comma] + " or" + list[(comma + 1)..];
    }
}
