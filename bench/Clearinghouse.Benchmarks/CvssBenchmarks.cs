using BenchmarkDotNet.Attributes;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// CVSS parsing and scoring throughput. Each invocation handles <see cref="Count"/> vectors, so vectors per second is
/// Count divided by the mean time. The vectors are random and valid, with every metric group (the same generator shape as
/// the differential tests), fixed by a seed.
/// </summary>
[MemoryDiagnoser]
public class CvssBenchmarks
{
    public const int Count = 10_000;

    private string[] v31 = [];
    private string[] v40 = [];
    private CvssV31Vector[] parsed31 = [];
    private CvssV40Vector[] parsed40 = [];

    [GlobalSetup]
    public void Setup()
    {
        v31 = VectorGenerator.V31(Count, seed: 31);
        v40 = VectorGenerator.V40(Count, seed: 40);
        parsed31 = v31.Select(CvssV31Vector.Parse).ToArray();
        parsed40 = v40.Select(CvssV40Vector.Parse).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "v3.1 parse + score")]
    public int ParseAndScoreV31()
    {
        var sum = 0;
        foreach (var text in v31)
        {
            if (CvssV31Vector.TryParse(text, out var vector, out _))
            {
                sum += vector.Score.Tenths;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "v4.0 parse + score")]
    public int ParseAndScoreV40()
    {
        var sum = 0;
        foreach (var text in v40)
        {
            if (CvssV40Vector.TryParse(text, out var vector, out _))
            {
                sum += vector.Score.Tenths;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "v3.1 score (parsed)")]
    public int ScoreV31()
    {
        var sum = 0;
        foreach (var vector in parsed31)
        {
            sum += vector.Score.Tenths;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "v4.0 score (parsed)")]
    public int ScoreV40()
    {
        var sum = 0;
        foreach (var vector in parsed40)
        {
            sum += vector.Score.Tenths;
        }

        return sum;
    }
}
