using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Clearinghouse.Standards.CycloneDx;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Sarif;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// Parse throughput of the format readers against System.Text.Json's own parse of the same bytes (JsonDocument.Parse),
/// the practical limit. Real files from the shared data (CLEARINGHOUSE_TEST_DATA, else ../shared/data beside the
/// repository): all Go OSV records, the largest SARIF logs, the largest CycloneDX BOMs. MB/s = bytes per op / mean time.
/// </summary>
[MemoryDiagnoser]
public class FormatParsingBenchmarks
{
    private byte[][] osv = [];
    private byte[][] sarif = [];
    private byte[][] cycloneDx = [];

    [Params("OSV", "SARIF", "CycloneDX")]
    public string Format { get; set; } = "OSV";

    private byte[][] Files => Format switch { "OSV" => osv, "SARIF" => sarif, _ => cycloneDx };

    [GlobalSetup]
    public void Setup()
    {
        var data = DataFolder();
        osv = Directory.EnumerateFiles(Path.Combine(data, "osv", "golang-vulndb"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        sarif = Directory.EnumerateFiles(Path.Combine(data, "sarif"), "*.sarif", SearchOption.AllDirectories)
            .Where(f => !f.Contains("invalid", StringComparison.Ordinal)).OrderByDescending(f => new FileInfo(f).Length).Take(4).Select(File.ReadAllBytes).ToArray();
        cycloneDx = Directory.EnumerateFiles(Path.Combine(data, "sbom", "cyclonedx-bom-examples"), "*.json", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("\"specVersion\": \"1.4\"", StringComparison.Ordinal) || File.ReadAllText(f).Contains("\"specVersion\":\"1.4\"", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).Take(4).Select(File.ReadAllBytes).ToArray();
        Console.WriteLine($"// {Format}: {Files.Length} files, {Files.Sum(f => (long)f.Length):N0} bytes per operation");
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json JsonDocument.Parse")]
    public int RawParse()
    {
        var count = 0;
        foreach (var bytes in Files)
        {
            using var document = JsonDocument.Parse(bytes);
            count += document.RootElement.ArrayLengthOrOne();
        }

        return count;
    }

    [Benchmark(Description = "clearinghouse reader")]
    public int Reader()
    {
        var count = 0;
        foreach (var bytes in Files)
        {
            switch (Format)
            {
                case "OSV":
                    count += OsvRecord.TryParse(bytes, out var record, out _) ? record!.Affected.Count : 0;
                    break;
                case "SARIF":
                    using (var reader = new SarifReader(new MemoryStream(bytes)))
                    {
                        count += reader.ReadResults().Count();
                    }

                    break;
                default:
                    count += CycloneDxBom.Load(bytes).Value?.Components.Count ?? 0;
                    break;
            }
        }

        return count;
    }

    internal static string DataFolder()
    {
        if (Environment.GetEnvironmentVariable("CLEARINGHOUSE_TEST_DATA") is { Length: > 0 } given)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clearinghouse.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "data");
            }
        }

        throw new DirectoryNotFoundException("Set CLEARINGHOUSE_TEST_DATA to the shared data folder.");
    }
}

internal static class JsonElementCount
{
    public static int ArrayLengthOrOne(this JsonElement element) => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 1;
}
