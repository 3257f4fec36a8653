using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss;

/// <summary>
/// 100,000 seeded random vectors per version, every metric group, scored by us and by ae-cvss-calculator (npm), an
/// independent implementation: every score must agree. For v3.x the compared scores are base, temporal and the score of
/// the vector as given (environmental when an environmental metric is defined). ae-cvss-calculator computes no
/// environmental score for a vector without environmental metrics; the specification's equations still give one (with
/// scope changed it can differ from the base score by 0.1), and Red Hat's reference vectors check that case.
/// </summary>
public sealed class CvssDifferentialTests
{
    private const int Count = 100_000;

    [Theory]
    [InlineData("CVSS:3.1", 31_2026)]
    [InlineData("CVSS:3.0", 30_2026)]
    public void Random_v3_vectors_score_the_same_as_ae_cvss_calculator(string prefix, int seed)
    {
        var vectors = RandomVectors.V3x(prefix, Count, seed);

        var theirs = NodePeer.Run("cvss-scores.js", string.Join('\n', vectors) + "\n", TimeSpan.FromMinutes(15));
        var ours = vectors.Select(v => prefix == CvssV31Vector.Prefix ? Scores(CvssV31Vector.Parse(v)) : Scores(CvssV30Vector.Parse(v))).ToList();

        AssertAgree(vectors, ours, theirs);
    }

    [Fact]
    public void Random_v4_vectors_score_the_same_as_ae_cvss_calculator()
    {
        var vectors = RandomVectors.V40(Count, 40_2026);

        var theirs = NodePeer.Run("cvss-scores.js", string.Join('\n', vectors) + "\n", TimeSpan.FromMinutes(15));
        var ours = vectors.Select(v => CvssV40Vector.Parse(v).Score.ToString()).ToList();

        AssertAgree(vectors, ours, theirs);
    }

    internal static void AssertAgree(List<string> vectors, List<string> ours, IReadOnlyList<string> theirs)
    {
        Assert.Equal(vectors.Count, theirs.Count);
        var disagreements = Enumerable.Range(0, vectors.Count)
            .Where(i => ours[i] != theirs[i])
            .Select(i => $"{vectors[i]}: ours {ours[i]}, ae-cvss-calculator {theirs[i]}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {vectors.Count} disagree; first ones:\n{string.Join('\n', disagreements.Take(50))}");
    }

    private static string Scores(CvssV31Vector v) => $"{v.BaseScore} {v.TemporalScore} {v.Score}";

    private static string Scores(CvssV30Vector v) => $"{v.BaseScore} {v.TemporalScore} {v.Score}";
}
