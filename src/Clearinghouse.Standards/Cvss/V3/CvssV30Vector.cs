namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// A CVSS v3.0 vector: base metrics (mandatory), temporal and environmental metrics (optional), scored with the
/// v3.0 equations (the Roundup of v3.0 is a plain ceiling to one decimal). Metrics may come in any order; each at most once.
/// </summary>
public readonly struct CvssV30Vector : IEquatable<CvssV30Vector>
{
    /// <summary>The prefix every v3.0 vector starts with.</summary>
    public const string Prefix = "CVSS:3.0";

    private readonly CvssV3Metrics metrics;

    private CvssV30Vector(CvssV3Metrics metrics) => this.metrics = metrics;

    /// <summary>True when any temporal metric (E, RL, RC) is defined.</summary>
    public bool HasTemporal => metrics.HasTemporal;

    /// <summary>True when any environmental metric (CR, IR, AR, MAV ... MA) is defined.</summary>
    public bool HasEnvironmental => metrics.HasEnvironmental;

    /// <summary>The base score.</summary>
    public CvssScore BaseScore => CvssScore.FromTenths(CvssV3Scoring.Base(metrics, false));

    /// <summary>The temporal score (equal to the base score when no temporal metric is defined).</summary>
    public CvssScore TemporalScore => CvssScore.FromTenths(CvssV3Scoring.Temporal(metrics, false));

    /// <summary>The environmental score, computed with the temporal metrics as given.</summary>
    public CvssScore EnvironmentalScore => CvssScore.FromTenths(CvssV3Scoring.Environmental(metrics, false));

    /// <summary>The score of the vector as given: environmental when environmental metrics are present, else temporal when temporal ones are, else base.</summary>
    public CvssScore Score => HasEnvironmental ? EnvironmentalScore : HasTemporal ? TemporalScore : BaseScore;

    /// <summary>The severity of <see cref="Score"/>.</summary>
    public CvssSeverity Severity => Score.Severity;

    /// <summary>Reads a vector such as <c>CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>; on failure <paramref name="error"/> says where and why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssV30Vector vector, out CvssError error)
    {
        vector = default;
        if (!text.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            error = new CvssError(0, $"a CVSS v3.0 vector starts with '{Prefix}/'");
            return false;
        }

        if (!CvssV3Grammar.TryParse(text[(Prefix.Length + 1)..], Prefix.Length + 1, out var metrics, out error))
        {
            return false;
        }

        vector = new CvssV30Vector(metrics);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> with the position and the reason.</summary>
    public static CvssV30Vector Parse(string text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException($"Not a CVSS v3.0 vector {error}.");

    /// <summary>Writes the normalized vector into <paramref name="destination"/> (128 characters always suffice) and returns its length.</summary>
    public int Format(Span<char> destination) => CvssV3Grammar.Format(Prefix, metrics, destination);

    /// <summary>Writes the vector as a FIRST CVSS JSON object (the v3.0 schema): metrics by name, base score and severity, and temporal and environmental scores when those metrics are defined.</summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter writer) => CvssV3Grammar.WriteJson(writer, "3.0", Prefix, metrics, false);

    /// <summary>The normalized vector: metrics in specification order, optional metrics that are X (Not Defined) left out.</summary>
    public override string ToString() => CvssV3Grammar.Format(Prefix, metrics);

    /// <summary>Equal when the metrics are equal; X (Not Defined) and an absent metric are the same (both index 0).</summary>
    public bool Equals(CvssV30Vector other) => metrics == other.metrics;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CvssV30Vector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => metrics.GetHashCode();

    /// <summary>Equal when they normalize to the same vector.</summary>
    public static bool operator ==(CvssV30Vector left, CvssV30Vector right) => left.Equals(right);

    /// <summary>Different when they normalize to different vectors.</summary>
    public static bool operator !=(CvssV30Vector left, CvssV30Vector right) => !left.Equals(right);
}
