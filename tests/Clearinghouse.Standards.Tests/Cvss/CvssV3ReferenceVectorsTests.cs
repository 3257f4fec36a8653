using System.Globalization;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss;

/// <summary>Every v3.0 and v3.1 vector of Red Hat's cvss test suite, with its expected base, temporal and environmental scores.</summary>
public sealed class CvssV3ReferenceVectorsTests
{
    [Theory]
    [InlineData("vectors_simple31", 2592)]
    [InlineData("vectors_simple3", 2592)]
    [InlineData("vectors_calculator3", 2)]
    [InlineData("vectors_cvsslib3", 29)]
    public void Every_reference_vector_scores_exactly_as_expected(string file, int lines)
    {
        var disagreements = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(TestData.Path("cvss", "redhat-cvss-test-vectors", file)).Where(l => l.Length > 0))
        {
            count++;
            var (vector, expected) = Split(line);
            var actual = Score(vector);
            if (actual != expected)
            {
                disagreements.Add($"{vector}: expected {expected}, got {actual}");
            }
        }

        Assert.Equal(lines, count);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {count} disagree:\n{string.Join('\n', disagreements)}");
    }

    private static string Score(string vector)
    {
        if (vector.StartsWith(CvssV31Vector.Prefix, StringComparison.Ordinal))
        {
            var v = CvssV31Vector.Parse(vector);
            return $"{v.BaseScore} {v.TemporalScore} {v.EnvironmentalScore}";
        }

        var v30 = CvssV30Vector.Parse(vector);
        return $"{v30.BaseScore} {v30.TemporalScore} {v30.EnvironmentalScore}";
    }

    private static (string Vector, string Scores) Split(string line)
    {
        var parts = line.Split(" - ", 2);
        var scores = parts[1].Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => decimal.Parse(s, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture));
        return (parts[0].Trim(), string.Join(' ', scores));
    }
}
