namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// A CVSS v4.0 vector (FIRST CVSS v4.0 specification §7): the 11 base metrics (mandatory), and the threat (E),
/// environmental (CR, IR, AR, MAV ... MSA) and supplemental (S, AU, R, V, RE, U) metrics (optional; X is Not Defined),
/// scored with the MacroVector method of the specification (§8) exactly as FIRST's reference calculator does.
/// </summary>
/// <remarks>
/// <para>
/// Metric order is strict. The v4.0 specification (§7, Vector String) says a vector string must contain metrics in the
/// order of its Table 23 and that every other ordering is invalid; FIRST's calculator and FIRST's CVSS v4.0 JSON schema
/// (its <c>vectorString</c> pattern) reject other orders too. This differs from v3.x, where programs must accept any
/// order. So <c>CVSS:4.0/AC:L/AV:N/...</c> is refused ("metric AV is out of order"), as are duplicates and unknown metrics.
/// Names and values are case-sensitive (<c>U:Clear</c>, not <c>U:clear</c>), and no white space is allowed.
/// </para>
/// <para>
/// The canonical order is AV AC AT PR UI VC VI VA SC SI SA, E, CR IR AR MAV MAC MAT MPR MUI MVC MVI MVA MSC MSI MSA,
/// S AU R V RE U. <c>default</c> is the all-highest base vector <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H</c>.
/// </para>
/// </remarks>
public readonly struct CvssV40Vector : IEquatable<CvssV40Vector>
{
    /// <summary>The prefix every v4.0 vector starts with.</summary>
    public const string Prefix = "CVSS:4.0";

    internal const int MetricCount = 32;
    internal const int BaseCount = 11;
    internal const int E = 11;
    internal const int FirstEnvironmental = 12; // CR
    internal const int FirstModified = 15; // MAV; MAV ... MSA are AV ... SA + 15.
    internal const int FirstSupplemental = 26; // S

    /// <summary>Metric names in specification order.</summary>
    internal static readonly string[] Names =
    [
        "AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA",
        "E",
        "CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA",
        "S", "AU", "R", "V", "RE", "U",
    ];

    /// <summary>
    /// The values of each metric. Base values run from most to least severe; every optional metric starts with X (Not
    /// Defined), and each modified metric lists X and then its base metric's values in the same order (MSI and MSA put S,
    /// Safety, before them), so a modified value's index minus one is a base value index (plus one for MSI and MSA).
    /// </summary>
    internal static readonly string[][] Values =
    [
        ["N", "A", "L", "P"], ["L", "H"], ["N", "P"], ["N", "L", "H"], ["N", "P", "A"],
        ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"],
        ["X", "A", "P", "U"],
        ["X", "H", "M", "L"], ["X", "H", "M", "L"], ["X", "H", "M", "L"],
        ["X", "N", "A", "L", "P"], ["X", "L", "H"], ["X", "N", "P"], ["X", "N", "L", "H"], ["X", "N", "P", "A"],
        ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"],
        ["X", "S", "H", "L", "N"], ["X", "S", "H", "L", "N"],
        ["X", "N", "P"], ["X", "N", "Y"], ["X", "A", "U", "I"], ["X", "D", "C"], ["X", "L", "M", "H"],
        ["X", "Clear", "Green", "Amber", "Red"],
    ];

    // Four bits per metric, metric i at bits 4i..4i+3: the index of its value in Values (0 = X for optional metrics).
    private readonly UInt128 bits;

    private CvssV40Vector(UInt128 bits) => this.bits = bits;

    /// <summary>
    /// The score: CVSS-B, -BT, -BE or -BTE as <see cref="Nomenclature"/> says. Threat and environmental metrics that are
    /// not defined take their highest-severity defaults (E:A, CR:H, IR:H, AR:H); modified metrics replace their base metrics.
    /// </summary>
    public CvssScore Score => CvssScore.FromTenths(CvssV40Scoring.ScoreTenths(this));

    /// <summary>The qualitative severity of <see cref="Score"/>.</summary>
    public CvssSeverity Severity => Score.Severity;

    /// <summary>
    /// Which metric groups the score reflects: <c>CVSS-B</c> (base only), <c>CVSS-BT</c> (with E), <c>CVSS-BE</c> (with an
    /// environmental metric) or <c>CVSS-BTE</c> (both). Metrics given as X count as absent; supplemental metrics never count.
    /// </summary>
    public string Nomenclature
    {
        get
        {
            var threat = this[E] != 0;
            var environmental = (bits >> (FirstEnvironmental * 4)) & ((UInt128.One << ((FirstSupplemental - FirstEnvironmental) * 4)) - 1);
            return (threat, environmental != UInt128.Zero) switch
            {
                (false, false) => "CVSS-B",
                (true, false) => "CVSS-BT",
                (false, true) => "CVSS-BE",
                (true, true) => "CVSS-BTE",
            };
        }
    }

    /// <summary>The MacroVector: the six equivalence class levels EQ1 ... EQ6 as digits, e.g. <c>002201</c>.</summary>
    public string MacroVector
    {
        get
        {
            var eq = CvssV40Scoring.EquivalenceClasses(this);
            return string.Create(6, eq, static (span, eq) =>
            {
                for (var i = 0; i < 6; i++)
                {
                    span[i] = (char)('0' + ((eq >> (4 * (5 - i))) & 0xF));
                }
            });
        }
    }

    /// <summary>
    /// Writes the vector as a FIRST CVSS v4.0 JSON object (cvss-v4.0.json): every defined metric by name, <c>baseScore</c>
    /// (CVSS-B, base metrics alone), <c>threatScore</c> (CVSS-BT) when E is defined and <c>environmentalScore</c>
    /// (CVSS-BE or -BTE, the vector as given) when an environmental metric is defined, each with its severity.
    /// </summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => CvssV40Json.Write(writer, this);

    /// <summary>This vector with only its first <paramref name="metrics"/> metrics (in specification order) kept, the rest Not Defined.</summary>
    internal CvssV40Vector Keep(int metrics) => new(bits & ((UInt128.One << (metrics * 4)) - 1));

    /// <summary>The value index of metric <paramref name="metric"/> (an index into <see cref="Names"/>).</summary>
    internal int this[int metric] => (int)(ulong)(bits >> (metric * 4)) & 0xF;

    /// <summary>
    /// Reads a vector such as <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N</c>; on failure
    /// <paramref name="error"/> gives the zero-based position and the reason. Metrics must come in specification order.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssV40Vector vector, out CvssError error)
    {
        vector = default;
        error = default;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || (text.Length > Prefix.Length && text[Prefix.Length] != '/'))
        {
            error = text.StartsWith("CVSS:", StringComparison.Ordinal)
                ? new CvssError(5, $"unsupported CVSS version '{Until(text[5..], '/')}' (expected '{Prefix}/')")
                : new CvssError(0, $"a CVSS v4.0 vector starts with '{Prefix}/'");
            return false;
        }

        var bits = UInt128.Zero;
        var seen = 0u;
        var last = -1;
        Span<int> starts = stackalloc int[MetricCount]; // where each metric given starts, for "missing" positions
        var position = Prefix.Length + 1;
        while (position <= text.Length)
        {
            var component = Until(text[position..], '/');
            var end = position + component.Length;
            if (component.IsEmpty)
            {
                error = end == text.Length
                    ? new CvssError(position - 1, "the vector ends with '/'")
                    : new CvssError(position, "empty metric between '/' separators");
                return false;
            }

            var colon = component.IndexOf(':');
            if (colon < 0)
            {
                error = new CvssError(position, $"'{component}' is not a metric:value pair");
                return false;
            }

            var name = component[..colon];
            var metric = IndexOfMetric(name);
            if (metric < 0)
            {
                error = new CvssError(position, $"unknown metric '{name}'");
                return false;
            }

            if ((seen & (1u << metric)) != 0)
            {
                error = new CvssError(position, $"duplicate metric {Names[metric]}");
                return false;
            }

            if (metric < last)
            {
                error = new CvssError(position, $"metric {Names[metric]} is out of order (CVSS v4.0 requires it before {Names[last]})");
                return false;
            }

            var value = IndexOfValue(metric, component[(colon + 1)..]);
            if (value < 0)
            {
                error = new CvssError(position + colon + 1, $"unknown value '{component[(colon + 1)..]}' for {Names[metric]} (expected {Expected(metric)})");
                return false;
            }

            seen |= 1u << metric;
            starts[metric] = position;
            last = metric;
            bits |= (UInt128)(uint)value << (metric * 4);
            position = end + 1;
        }

        for (var metric = 0; metric < BaseCount; metric++)
        {
            if ((seen & (1u << metric)) == 0)
            {
                // Report it where it belongs: at the first metric given that must follow it, else at the end.
                var at = text.Length;
                for (var next = metric + 1; next < MetricCount; next++)
                {
                    if ((seen & (1u << next)) != 0)
                    {
                        at = starts[next];
                        break;
                    }
                }

                error = new CvssError(at, $"missing mandatory metric {Names[metric]}");
                return false;
            }
        }

        vector = new CvssV40Vector(bits);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> with the position and the reason.</summary>
    public static CvssV40Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var vector, out var error) ? vector : throw new FormatException($"Not a CVSS v4.0 vector {error}.");
    }

    /// <summary>The normalized vector: metrics in specification order, optional metrics that are X (Not Defined) left out.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[256]; // the longest vector is under 200 characters
        Prefix.CopyTo(buffer);
        var length = Prefix.Length;
        for (var metric = 0; metric < MetricCount; metric++)
        {
            var value = this[metric];
            if (metric >= BaseCount && value == 0)
            {
                continue;
            }

            buffer[length++] = '/';
            Names[metric].CopyTo(buffer[length..]);
            length += Names[metric].Length;
            buffer[length++] = ':';
            Values[metric][value].CopyTo(buffer[length..]);
            length += Values[metric][value].Length;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Equal when every metric has the same value; X (Not Defined) and an absent metric are the same.</summary>
    public bool Equals(CvssV40Vector other) => bits == other.bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CvssV40Vector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => bits.GetHashCode();

    /// <summary>Equal when they normalize to the same vector.</summary>
    public static bool operator ==(CvssV40Vector left, CvssV40Vector right) => left.Equals(right);

    /// <summary>Different when they normalize to different vectors.</summary>
    public static bool operator !=(CvssV40Vector left, CvssV40Vector right) => !left.Equals(right);

    internal static int IndexOfMetric(ReadOnlySpan<char> name) => name switch
    {
        "AV" => 0, "AC" => 1, "AT" => 2, "PR" => 3, "UI" => 4, "VC" => 5, "VI" => 6, "VA" => 7, "SC" => 8, "SI" => 9, "SA" => 10,
        "E" => 11,
        "CR" => 12, "IR" => 13, "AR" => 14, "MAV" => 15, "MAC" => 16, "MAT" => 17, "MPR" => 18, "MUI" => 19,
        "MVC" => 20, "MVI" => 21, "MVA" => 22, "MSC" => 23, "MSI" => 24, "MSA" => 25,
        "S" => 26, "AU" => 27, "R" => 28, "V" => 29, "RE" => 30, "U" => 31,
        _ => -1,
    };

    internal static int IndexOfValue(int metric, ReadOnlySpan<char> value)
    {
        var values = Values[metric];
        for (var i = 0; i < values.Length; i++)
        {
            if (value.SequenceEqual(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> Until(ReadOnlySpan<char> text, char separator)
    {
        var at = text.IndexOf(separator);
        return at < 0 ? text : text[..at];
    }

    private static string Expected(int metric)
    {
        var values = Values[metric];
        return string.Join(", ", values[..^1]) + " or " + values[^1];
    }
}
