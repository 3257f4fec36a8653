using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss;

/// <summary>
/// Every CVSS v2.0, v3.0 and v3.1 metric with a vector and a base score in the real CVE JSON 5 records (CNA and ADP
/// containers) is scored and compared with the score its author recorded.
/// </summary>
public sealed class CveRecordScoresTests
{
    /// <summary>
    /// Records whose own score is wrong, reviewed against the specification. All three are Fortinet CNA records whose
    /// vector carries temporal metrics and whose <c>baseScore</c> holds the temporal score instead of the base score
    /// (CVE JSON 5's cvssV3_1 schema has a separate <c>temporalScore</c>). The test checks that explanation: the recorded
    /// number must equal the vector's temporal score. It fails for any other disagreement, and for an entry here that no
    /// longer disagrees.
    /// </summary>
    private static readonly (string File, string Vector)[] BaseScoreHoldsTemporalScore =
    [
        // base 6.7 x E:F 0.97 = 6.499 -> temporal 6.5.
        ("CVE-2022-41328.json", "CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H/E:F/RL:X/RC:C"),
        // base 9.8 x E:F 0.97 x RC:R 0.96 = 9.126 -> temporal 9.2.
        ("CVE-2023-27997.json", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:X/RC:R"),
        // base 9.8 x RL:W 0.97 = 9.506 -> temporal 9.6.
        ("CVE-2024-21762.json", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:H/RL:W/RC:C"),
    ];

    public static TheoryData<string> MetricKeys() => new() { "cvssV2_0", "cvssV3_0", "cvssV3_1" };

    [Theory, MemberData(nameof(MetricKeys))]
    public void Every_recorded_base_score_matches_the_score_of_its_vector(string metricKey)
    {
        var disagreements = new List<string>();
        var checkedCount = 0;
        foreach (var (file, vector, recorded) in Metrics(metricKey))
        {
            checkedCount++;
            var actual = BaseScore(metricKey, vector);
            var listed = metricKey == "cvssV3_1" && BaseScoreHoldsTemporalScore.Contains((file, vector));
            if (listed && (actual == recorded || CvssV31Vector.Parse(vector).TemporalScore.ToString() != recorded))
            {
                disagreements.Add($"{file}: {vector} is listed as holding the temporal score, but recorded {recorded}, base {actual}");
            }
            else if (!listed && actual != recorded)
            {
                disagreements.Add($"{file}: {vector} recorded {recorded}, scored {actual}");
            }
        }

        Assert.True(checkedCount > 0, $"no {metricKey} metrics found under {TestData.Path("cve")}");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {checkedCount} disagree:\n{string.Join('\n', disagreements)}");
    }

    private static string BaseScore(string metricKey, string vector) => metricKey switch
    {
        "cvssV2_0" => CvssV20Vector.Parse(vector).BaseScore.ToString(),
        "cvssV3_0" => CvssV30Vector.Parse(vector).BaseScore.ToString(),
        _ => CvssV31Vector.Parse(vector).BaseScore.ToString(),
    };

    internal static IEnumerable<(string File, string Vector, string BaseScore)> Metrics(string metricKey)
    {
        foreach (var path in Directory.EnumerateFiles(TestData.Path("cve"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("containers", out var containers))
            {
                continue;
            }

            var all = new List<JsonElement>();
            if (containers.TryGetProperty("cna", out var cna))
            {
                all.Add(cna);
            }

            if (containers.TryGetProperty("adp", out var adp))
            {
                all.AddRange(adp.EnumerateArray());
            }

            foreach (var container in all)
            {
                if (!container.TryGetProperty("metrics", out var metrics))
                {
                    continue;
                }

                foreach (var metric in metrics.EnumerateArray())
                {
                    if (metric.TryGetProperty(metricKey, out var cvss) && cvss.TryGetProperty("vectorString", out var vector) && cvss.TryGetProperty("baseScore", out var score))
                    {
                        yield return (Path.GetFileName(path), vector.GetString()!, score.GetDecimal().ToString("0.0", CultureInfo.InvariantCulture));
                    }
                }
            }
        }
    }
}
