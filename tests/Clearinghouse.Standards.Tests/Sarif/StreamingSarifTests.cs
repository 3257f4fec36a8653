using System.Globalization;
using System.Text;
using Clearinghouse.Standards.Sarif;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.Sarif;

/// <summary>Reading logs far larger than the memory the reader may use, and logs that are damaged part of the way through.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class StreamingSarifTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_200_MB_log_streams_every_result_while_managed_memory_stays_far_below_the_file_size()
    {
        var folder = Directory.CreateTempSubdirectory("sarif-stream-");
        try
        {
            var path = Path.Combine(folder.FullName, "big.sarif");
            const int Results = 150_000;
            WriteBigLog(path, Results);
            var size = new FileInfo(path).Length;
            Assert.True(size > 190L * 1024 * 1024, $"generated only {size} bytes");

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = 0L;
            var count = 0;
            var lastLine = 0;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
            using (var reader = new SarifReader(stream, leaveOpen: true))
            {
                await foreach (var result in reader.ReadResultsAsync())
                {
                    Assert.Equal(count, result.Index);
                    lastLine = result.Locations[0].PhysicalLocation!.Region!.StartLine!.Value;
                    count++;
                    if (count % 5_000 == 0)
                    {
                        // Live managed memory after a full collection: what the reader holds, not garbage awaiting collection.
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                    }
                }

                Assert.Empty(reader.Diagnostics);
                Assert.True(reader.ReachedEnd);
                Assert.Equal(Results, reader.Runs[0].ResultCount);
                Assert.Equal(500, reader.Runs[0].Driver!.Rules.Count);
            }

            var info = GC.GetGCMemoryInfo();
            output.WriteLine($"{count:N0} results from {size:N0} bytes; live managed memory grew by at most {peak:N0} bytes");
            Assert.Equal(Results, count);
            Assert.Equal(Results, lastLine);
            Assert.True(peak < size / 50, $"live managed memory grew by {peak:N0} bytes while reading {size:N0} bytes (heap {info.HeapSizeBytes:N0})");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bad_result_is_reported_with_its_pointer_and_skipped_and_later_results_still_come_out()
    {
        var log = """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t","rules":[{"id":"R1","messageStrings":{"m":{"text":"bad {0} at {1}"}}}]}},
              "results":[
                {"ruleId":"R1","message":{"id":"m","arguments":["x","y"]}},
                {"ruleId":"R1","message":{"text":"t"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]},
                {"ruleId":"R1","level":"severe","message":{"text":"t"}},
                7,
                {"ruleIndex":0,"message":{"text":"last"}}
              ]}]}
            """;
        using var reader = new SarifReader(new MemoryStream(Encoding.UTF8.GetBytes(log)));
        var results = reader.ReadResults().ToList();
        Assert.Equal([0, 4], results.Select(r => r.Index));
        Assert.Equal("bad x at y", results[0].MessageText);
        Assert.Equal("R1", results[1].RuleId);
        Assert.Equal(
            [
                "/runs/0/results/1/locations/0/physicalLocation/region/startLine: 0 is below the minimum 1",
                "/runs/0/results/1: result skipped: 1 problem(s) above",
                "/runs/0/results/2/level: 'severe' is not a SARIF level",
                "/runs/0/results/2: result skipped: 1 problem(s) above",
                "/runs/0/results/3: must be an object, not a number",
            ],
            reader.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(5, reader.Runs[0].ResultCount);
        Assert.True(reader.ReachedEnd);
    }

    [Fact]
    public void A_log_cut_off_anywhere_ends_with_one_diagnostic_after_every_complete_result_and_never_throws()
    {
        var bytes = File.ReadAllBytes(TestData.Path("sarif", "sarif-tutorials", "samples", "CodeFlows.sarif"));
        var full = Read(bytes, bufferSize: 8);
        var failures = new List<string>();
        // Every cut before the closing brace; what follows it is only white space.
        for (var cut = 0; cut <= Array.LastIndexOf(bytes, (byte)'}'); cut++)
        {
            var (results, diagnostics, reachedEnd) = Read(bytes[..cut], bufferSize: 8);
            if (reachedEnd || diagnostics.Count != 1 || results > full.Results)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"cut at {cut}: {results} results, [{string.Join("; ", diagnostics)}]"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(full.ReachedEnd && full.Diagnostics.Count == 0 && full.Results == 1, string.Join("\n", full.Diagnostics));
    }

    [Fact]
    public void Text_that_is_not_JSON_stops_with_the_line_and_the_pointer_it_was_inside()
    {
        var log = "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"message\":{\"text\":\"a\"}},\n{\"message\":{\"text\": nope}}]}]}";
        using var reader = new SarifReader(new MemoryStream(Encoding.UTF8.GetBytes(log)));
        var results = reader.ReadResults().ToList();
        Assert.Single(results);
        var diagnostic = Assert.Single(reader.Diagnostics);
        Assert.StartsWith("line 2, byte ", diagnostic.Location, StringComparison.Ordinal);
        Assert.Contains("/runs/0/results/1", diagnostic.Reason, StringComparison.Ordinal);
        Assert.False(reader.ReachedEnd);
    }

    private static (int Results, List<string> Diagnostics, bool ReachedEnd) Read(byte[] bytes, int bufferSize)
    {
        using var reader = new SarifReader(new TrickleStream(bytes, 5), leaveOpen: false, initialBufferBytes: bufferSize);
        var results = reader.ReadResults().Count();
        return (results, reader.Diagnostics.Select(d => d.ToString()).ToList(), reader.ReachedEnd);
    }

    private static void WriteBigLog(string path, int results)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Generator\",\"version\":\"1.0\",\"rules\":[");
        for (var r = 0; r < 500; r++)
        {
            writer.Write(r == 0 ? "" : ",");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"GEN{r:D4}\",\"shortDescription\":{{\"text\":\"Rule {r}\"}},\"messageStrings\":{{\"default\":{{\"text\":\"Value {{0}} flows to {{1}}\"}}}},\"properties\":{{\"tags\":[\"security\",\"external/cwe/cwe-{r}\"],\"security-severity\":\"7.5\"}}}}"));
        }

        writer.Write("]}},\"results\":[");
        var padding = new string('x', 1_200);
        for (var i = 0; i < results; i++)
        {
            writer.Write(i == 0 ? "\n" : ",\n");
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"ruleId\":\"GEN{i % 500:D4}\",\"ruleIndex\":{i % 500},\"level\":\"error\",\"message\":{{\"id\":\"default\",\"arguments\":[\"v{i}\",\"sink{i}\"]}},\"locations\":[{{\"physicalLocation\":{{\"artifactLocation\":{{\"uri\":\"src/file{i % 977}.cs\",\"uriBaseId\":\"%SRCROOT%\"}},\"region\":{{\"startLine\":{i + 1},\"startColumn\":5,\"endLine\":{i + 1},\"endColumn\":40,\"snippet\":{{\"text\":\"{padding}\"}}}}}}}}],\"partialFingerprints\":{{\"primaryLocationLineHash\":\"{i:x16}:1\"}}}}"));
        }

        writer.Write("\n],\"artifacts\":[{\"location\":{\"uri\":\"src/file0.cs\",\"uriBaseId\":\"%SRCROOT%\"}}]}]}\n");
    }
}
