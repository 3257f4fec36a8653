using System.Text.Json;

namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// A vector of any supported CVSS version, chosen by its prefix: <c>CVSS:4.0/</c>, <c>CVSS:3.1/</c>, <c>CVSS:3.0/</c>,
/// or none for v2.0 (<c>AV:N/AC:L/Au:N/...</c>). For callers that take whatever a record or a person hands them;
/// code that knows the version uses the version's own type.
/// </summary>
public readonly struct CvssVector
{
    private readonly CvssV20Vector v20;
    private readonly CvssV30Vector v30;
    private readonly CvssV31Vector v31;
    private readonly CvssV40Vector v40;

    private CvssVector(CvssVersion version, CvssV20Vector v20 = default, CvssV30Vector v30 = default, CvssV31Vector v31 = default, CvssV40Vector v40 = default)
    {
        Version = version;
        this.v20 = v20;
        this.v30 = v30;
        this.v31 = v31;
        this.v40 = v40;
    }

    /// <summary>The vector's CVSS version.</summary>
    public CvssVersion Version { get; }

    /// <summary>
    /// The score of the vector as given: for v4.0 its one CVSS-B/BT/BE/BTE score; for v3.x the environmental score when
    /// environmental metrics are present, else the temporal score when temporal ones are, else the base score; for v2.0 the base score.
    /// </summary>
    public CvssScore Score => Version switch
    {
        CvssVersion.V40 => v40.Score,
        CvssVersion.V31 => v31.Score,
        CvssVersion.V30 => v30.Score,
        _ => v20.BaseScore,
    };

    /// <summary>The severity of <see cref="Score"/> in the vector's own version's rating scale.</summary>
    public CvssSeverity Severity => Version == CvssVersion.V20 ? v20.Severity : Score.Severity;

    /// <summary>Reads a vector of any supported version; on failure <paramref name="error"/> says where and why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssVector vector, out CvssError error)
    {
        vector = default;
        if (text.StartsWith("CVSS:4.0/", StringComparison.Ordinal))
        {
            var ok = CvssV40Vector.TryParse(text, out var v, out error);
            vector = new CvssVector(CvssVersion.V40, v40: v);
            return ok;
        }

        if (text.StartsWith("CVSS:3.1/", StringComparison.Ordinal))
        {
            var ok = CvssV31Vector.TryParse(text, out var v, out error);
            vector = new CvssVector(CvssVersion.V31, v31: v);
            return ok;
        }

        if (text.StartsWith("CVSS:3.0/", StringComparison.Ordinal))
        {
            var ok = CvssV30Vector.TryParse(text, out var v, out error);
            vector = new CvssVector(CvssVersion.V30, v30: v);
            return ok;
        }

        if (text.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var slash = text.IndexOf('/');
            error = new CvssError(0, $"unsupported CVSS version '{(slash < 0 ? text : text[..slash])}' (expected CVSS:4.0, CVSS:3.1, CVSS:3.0 or a v2.0 vector)");
            return false;
        }

        var v2ok = CvssV20Vector.TryParse(text, out var v2, out error);
        vector = new CvssVector(CvssVersion.V20, v20: v2);
        return v2ok;
    }

    /// <summary>Writes the normalized vector into <paramref name="destination"/> (160 characters always suffice) and returns its length.</summary>
    public int Format(Span<char> destination)
    {
        switch (Version)
        {
            case CvssVersion.V31:
                return v31.Format(destination);
            case CvssVersion.V30:
                return v30.Format(destination);
            default:
                var text = ToString();
                text.CopyTo(destination);
                return text.Length;
        }
    }

    /// <summary>Writes the vector as a FIRST CVSS JSON object of its version's schema (v2.0: version, vectorString, baseScore, baseSeverity).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Version)
        {
            case CvssVersion.V40:
                v40.WriteJson(writer);
                break;
            case CvssVersion.V31:
                v31.WriteJson(writer);
                break;
            case CvssVersion.V30:
                v30.WriteJson(writer);
                break;
            default:
                writer.WriteStartObject();
                writer.WriteString("version", "2.0");
                writer.WriteString("vectorString", v20.ToString());
                writer.WriteNumber("baseScore", new decimal(v20.BaseScore.Tenths, 0, 0, false, 1));
                writer.WriteString("baseSeverity", CvssJson.SeverityName(v20.Severity));
                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>The normalized vector.</summary>
    public override string ToString() => Version switch
    {
        CvssVersion.V40 => v40.ToString(),
        CvssVersion.V31 => v31.ToString(),
        CvssVersion.V30 => v30.ToString(),
        _ => v20.ToString(),
    };
}
