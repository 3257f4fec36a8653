using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// Reading the largest real Inspect <c>.eval</c> log in the shared data (every sample, pooled messages and attachments
/// resolved, and the summary per scorer) against the bare minimum: System.IO.Compression's ZipArchive and
/// JsonDocument.Parse of the same members (header.json and samples/*.json), nothing resolved.
/// </summary>
[MemoryDiagnoser]
public class InspectLogBenchmarks
{
    private string path = "";

    [GlobalSetup]
    public void Setup()
    {
        path = Directory.EnumerateFiles(Path.Combine(FormatParsingBenchmarks.DataFolder(), "inspect"), "*.eval", SearchOption.AllDirectories)
            .OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).First();
        Console.WriteLine($"// {Path.GetFileName(path)}: {new FileInfo(path).Length:N0} bytes");
    }

    [Benchmark(Baseline = true, Description = "ZipArchive + JsonDocument.Parse")]
    public int BareParse()
    {
        var count = 0;
        using var archive = ZipFile.OpenRead(path);
        foreach (var entry in archive.Entries.Where(e => e.FullName == "header.json" || e.FullName.StartsWith("samples/", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var document = JsonDocument.Parse(stream);
            count += document.RootElement.GetPropertyCount();
        }

        return count;
    }

    [Benchmark(Description = "InspectLogReader (samples read and resolved)")]
    public int Reader()
    {
        using var reader = InspectLogReader.Open(path);
        return reader.ReadSamples().Sum(s => s.Messages.Count + s.ModelCalls.Count);
    }

    [Benchmark(Description = "InspectLogSummary.Summarize")]
    public int Summary()
    {
        using var reader = InspectLogReader.Open(path);
        return InspectLogSummary.Summarize(reader)!.Scorers.Count;
    }
}
