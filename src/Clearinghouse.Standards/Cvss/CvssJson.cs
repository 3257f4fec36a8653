using System.Text.Json;

namespace Clearinghouse.Standards.Cvss;

/// <summary>What every version's FIRST CVSS JSON object writes the same way: scores and severities.</summary>
internal static class CvssJson
{
    /// <summary>Writes <c>{kind}Score</c> and <c>{kind}Severity</c> as the FIRST JSON schemas name them.</summary>
    public static void WriteScore(Utf8JsonWriter writer, string kind, int tenths)
    {
        var score = CvssScore.FromTenths(tenths);
        writer.WriteNumber(kind + "Score", new decimal(tenths, 0, 0, false, 1));
        writer.WriteString(kind + "Severity", SeverityName(score.Severity));
    }

    /// <summary>The severity as the FIRST JSON schemas write it.</summary>
    public static string SeverityName(CvssSeverity severity) => severity switch
    {
        CvssSeverity.None => "NONE",
        CvssSeverity.Low => "LOW",
        CvssSeverity.Medium => "MEDIUM",
        CvssSeverity.High => "HIGH",
        _ => "CRITICAL",
    };
}
