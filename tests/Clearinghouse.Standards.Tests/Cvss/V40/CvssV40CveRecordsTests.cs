using System.Text.Json;
using Clearinghouse.Standards.Cvss;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.Cvss.V40;

/// <summary>
/// Every cvssV4_0 metric with a vector and a base score in the real CVE JSON 5 records under cve/ (CNA and ADP
/// containers, all folders) is parsed, scored and compared with the score its author recorded.
/// </summary>
public sealed class CvssV40CveRecordsTests(ITestOutputHelper output)
{
    /// <summary>
    /// Records whose own score is wrong, each reviewed against the v4.0 specification and FIRST's calculator.
    /// <c>RecordedScoreOf</c> is a vector that does score the recorded number, which the test checks too: it shows how the
    /// author most likely arrived at it. The test fails for any disagreement not listed here, and for an entry that no
    /// longer disagrees.
    /// </summary>
    private static readonly (string File, string Vector, string Recorded, string Correct, string RecordedScoreOf)[] WrongRecords =
    [
        // Checkmk CNA, cna container. The vector has no threat metric, so it is a CVSS-B vector and E counts as A
        // (specification: Threat metrics that are Not Defined take the highest-severity value). MacroVector 102201 scores
        // 5.3. Of its classes, EQ1 (next lower 202201: 2.4), EQ2 (112201: 2.3) and EQ5 (102211: 2.1) have a lower
        // MacroVector; EQ3/EQ6 (21) and EQ4 (2) are the lowest levels. The vector is one step below the highest EQ1 vector
        // AV:N/PR:L/UI:N (PR:H, distance 1 of a depth of 4), at the highest EQ2 vector (distance 0), and EQ5's proportion
        // is always 0, so the mean is ((5.3 - 2.4) × 1/4 + (5.3 - 2.3) × 0 + 0) / 3 = 0.2417 and the score 5.058 -> 5.1
        // (MEDIUM). The recorded 2.0 (LOW) is the score of the same vector with E:P (Proof-of-Concept, MacroVector 102211),
        // which the vector string does not carry; the same CNA's CVE-2024-38862 records this exact vector with 5.1.
        ("vulnrichment/2024/38xxx/CVE-2024-38863.json", "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N", "2.0", "5.1",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N/E:P"),
    ];

    [Fact]
    public void Every_recorded_cvss_v4_score_matches_the_score_of_its_vector()
    {
        var disagreements = new List<string>();
        var listedSeen = new HashSet<int>();
        var checkedCount = 0;
        foreach (var (file, vector, recorded) in Metrics())
        {
            checkedCount++;
            if (!CvssV40Vector.TryParse(vector, out var parsed, out var error))
            {
                disagreements.Add($"{file}: {vector} refused {error}");
                continue;
            }

            var actual = parsed.Score.ToString();
            var listed = Array.FindIndex(WrongRecords, w => w.File == file && w.Vector == vector);
            if (listed < 0)
            {
                if (actual != recorded)
                {
                    disagreements.Add($"{file}: {vector} recorded {recorded}, scored {actual}");
                }

                continue;
            }

            listedSeen.Add(listed);
            var wrong = WrongRecords[listed];
            var explained = CvssV40Vector.Parse(wrong.RecordedScoreOf).Score.ToString();
            if (actual == recorded || recorded != wrong.Recorded || actual != wrong.Correct || explained != recorded)
            {
                disagreements.Add($"{file}: {vector} is listed as wrong (recorded {wrong.Recorded}, correct {wrong.Correct}, "
                    + $"{wrong.RecordedScoreOf} scores {explained}), but recorded {recorded}, scored {actual}");
            }
        }

        for (var i = 0; i < WrongRecords.Length; i++)
        {
            if (!listedSeen.Contains(i))
            {
                disagreements.Add($"{WrongRecords[i].File}: {WrongRecords[i].Vector} is listed as wrong but was not found");
            }
        }

        output.WriteLine($"{checkedCount} cvssV4_0 metrics checked, {checkedCount - listedSeen.Count} agree, {listedSeen.Count} listed as wrong");
        Assert.True(checkedCount > 0, $"no cvssV4_0 metrics found under {TestData.Path("cve")}");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {checkedCount} disagree:\n{string.Join('\n', disagreements)}");
    }

    /// <summary>(path under cve/, vectorString, baseScore as "0.0") of each cvssV4_0 metric of every record.</summary>
    private static IEnumerable<(string File, string Vector, string Recorded)> Metrics()
    {
        var root = TestData.Path("cve");
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("containers", out var containers))
            {
                continue;
            }

            var lists = new List<JsonElement>();
            if (containers.TryGetProperty("cna", out var cna) && cna.TryGetProperty("metrics", out var cnaMetrics))
            {
                lists.Add(cnaMetrics);
            }

            if (containers.TryGetProperty("adp", out var adps))
            {
                lists.AddRange(adps.EnumerateArray().Where(a => a.TryGetProperty("metrics", out _)).Select(a => a.GetProperty("metrics")));
            }

            foreach (var metric in lists.SelectMany(l => l.EnumerateArray()))
            {
                if (metric.TryGetProperty("cvssV4_0", out var cvss)
                    && cvss.TryGetProperty("vectorString", out var vector) && cvss.TryGetProperty("baseScore", out var score))
                {
                    yield return (Path.GetRelativePath(root, path).Replace('\\', '/'), vector.GetString()!, score.GetDecimal().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
