using System.Text.Json;

namespace Clearinghouse.Standards.Cvss;

/// <summary>The FIRST CVSS v4.0 JSON schema's property names and value words, by metric index and value index of <see cref="CvssV40Vector"/>.</summary>
internal static class CvssV40Json
{
    private static readonly string[] Impact = ["HIGH", "LOW", "NONE"];
    private static readonly string[] ModifiedImpact = ["NOT_DEFINED", "HIGH", "LOW", "NONE"];
    private static readonly string[] Requirement = ["NOT_DEFINED", "HIGH", "MEDIUM", "LOW"];

    private static readonly (string Name, string[] Words)[] Metrics =
    [
        ("attackVector", ["NETWORK", "ADJACENT", "LOCAL", "PHYSICAL"]),
        ("attackComplexity", ["LOW", "HIGH"]),
        ("attackRequirements", ["NONE", "PRESENT"]),
        ("privilegesRequired", ["NONE", "LOW", "HIGH"]),
        ("userInteraction", ["NONE", "PASSIVE", "ACTIVE"]),
        ("vulnConfidentialityImpact", Impact), ("vulnIntegrityImpact", Impact), ("vulnAvailabilityImpact", Impact),
        ("subConfidentialityImpact", Impact), ("subIntegrityImpact", Impact), ("subAvailabilityImpact", Impact),
        ("exploitMaturity", ["NOT_DEFINED", "ATTACKED", "PROOF_OF_CONCEPT", "UNREPORTED"]),
        ("confidentialityRequirement", Requirement), ("integrityRequirement", Requirement), ("availabilityRequirement", Requirement),
        ("modifiedAttackVector", ["NOT_DEFINED", "NETWORK", "ADJACENT", "LOCAL", "PHYSICAL"]),
        ("modifiedAttackComplexity", ["NOT_DEFINED", "LOW", "HIGH"]),
        ("modifiedAttackRequirements", ["NOT_DEFINED", "NONE", "PRESENT"]),
        ("modifiedPrivilegesRequired", ["NOT_DEFINED", "NONE", "LOW", "HIGH"]),
        ("modifiedUserInteraction", ["NOT_DEFINED", "NONE", "PASSIVE", "ACTIVE"]),
        ("modifiedVulnConfidentialityImpact", ModifiedImpact), ("modifiedVulnIntegrityImpact", ModifiedImpact),
        ("modifiedVulnAvailabilityImpact", ModifiedImpact), ("modifiedSubConfidentialityImpact", ModifiedImpact),
        ("modifiedSubIntegrityImpact", ["NOT_DEFINED", "SAFETY", "HIGH", "LOW", "NONE"]),
        ("modifiedSubAvailabilityImpact", ["NOT_DEFINED", "SAFETY", "HIGH", "LOW", "NONE"]),
        ("Safety", ["NOT_DEFINED", "NEGLIGIBLE", "PRESENT"]),
        ("Automatable", ["NOT_DEFINED", "NO", "YES"]),
        ("Recovery", ["NOT_DEFINED", "AUTOMATIC", "USER", "IRRECOVERABLE"]),
        ("valueDensity", ["NOT_DEFINED", "DIFFUSE", "CONCENTRATED"]),
        ("vulnerabilityResponseEffort", ["NOT_DEFINED", "LOW", "MODERATE", "HIGH"]),
        ("providerUrgency", ["NOT_DEFINED", "CLEAR", "GREEN", "AMBER", "RED"]),
    ];

    public static void Write(Utf8JsonWriter writer, in CvssV40Vector vector)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("version", "4.0");
        writer.WriteString("vectorString", vector.ToString());
        var threat = false;
        var environmental = false;
        for (var metric = 0; metric < CvssV40Vector.MetricCount; metric++)
        {
            var value = vector[metric];
            if (metric >= CvssV40Vector.BaseCount && value == 0)
            {
                continue;
            }

            threat |= metric == CvssV40Vector.E;
            environmental |= metric is >= CvssV40Vector.FirstEnvironmental and < CvssV40Vector.FirstSupplemental;
            writer.WriteString(Metrics[metric].Name, Metrics[metric].Words[value]);
        }

        CvssJson.WriteScore(writer, "base", vector.Keep(CvssV40Vector.BaseCount).Score.Tenths);
        if (threat)
        {
            CvssJson.WriteScore(writer, "threat", vector.Keep(CvssV40Vector.E + 1).Score.Tenths);
        }

        if (environmental)
        {
            CvssJson.WriteScore(writer, "environmental", vector.Score.Tenths);
        }

        writer.WriteEndObject();
    }
}
