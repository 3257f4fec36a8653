using System.Globalization;
using Clearinghouse.Standards.Cvss;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.Cvss.V40;

/// <summary>Every CVSS v4.0 vector of Red Hat's cvss test suite, with its expected score.</summary>
public sealed class CvssV40ReferenceVectorsTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Files() => new()
    {
        { "vectors_simple4", 1058 },
        { "vectors_supplemental4", 576 },
        { "vectors_security4", 54 },
        { "vectors_threat4", 6 },
    };

    [Theory, MemberData(nameof(Files))]
    public void Every_reference_vector_scores_exactly_as_expected(string file, int lines)
    {
        var disagreements = new List<string>();
        var vectors = Read(file);
        foreach (var (vector, expected) in vectors)
        {
            if (!CvssV40Vector.TryParse(vector, out var parsed, out var error))
            {
                disagreements.Add($"{vector}: expected {expected}, refused {error}");
            }
            else if (parsed.Score.ToString() != expected)
            {
                disagreements.Add($"{vector}: expected {expected}, got {parsed.Score} (MacroVector {parsed.MacroVector})");
            }
        }

        output.WriteLine($"{file}: {vectors.Count} vectors, {vectors.Count - disagreements.Count} agree");
        Assert.Equal(lines, vectors.Count);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {vectors.Count} disagree:\n{string.Join('\n', disagreements)}");
    }

    [Theory, MemberData(nameof(Files))]
    public void Every_reference_vector_normalizes_to_a_vector_that_parses_back_equal(string file, int lines)
    {
        var failures = new List<string>();
        foreach (var (vector, _) in Read(file))
        {
            var parsed = CvssV40Vector.Parse(vector);
            var normal = parsed.ToString();
            if (!CvssV40Vector.TryParse(normal, out var again, out var error) || again != parsed || again.ToString() != normal)
            {
                failures.Add($"{vector} -> {normal}: {(error == default ? again.ToString() : error.ToString())}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {lines} do not round-trip:\n{string.Join('\n', failures)}");
    }

    /// <summary>Lines <c>vector - (score,)</c> or <c>vector - score</c>; any other line fails the test.</summary>
    private static List<(string Vector, string Score)> Read(string file)
    {
        var result = new List<(string, string)>();
        foreach (var line in File.ReadLines(TestData.Path("cvss", "redhat-cvss-test-vectors", file)))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var parts = line.Split(" - ");
            Assert.True(parts.Length == 2, $"{file}: unexpected line '{line}'");
            var score = parts[1].Trim().TrimStart('(').TrimEnd(')').TrimEnd(',');
            Assert.True(decimal.TryParse(score, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value), $"{file}: unexpected score in '{line}'");
            result.Add((parts[0].Trim(), value.ToString("0.0", CultureInfo.InvariantCulture)));
        }

        return result;
    }
}
