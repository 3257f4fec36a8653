using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.CveJson;

namespace Clearinghouse.Standards.Tests.CveJson;

/// <summary>The 914 real CVE JSON 5.0–5.2 records in the shared data: read, counted, written as 5.1 and read back.</summary>
public sealed class RealCveRecordTests
{
    private static readonly JsonSerializerOptions Dump = new() { WriteIndented = false };

    public static List<string> Files() =>
        Directory.EnumerateFiles(TestData.Path("cve"), "CVE-*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_real_record_reads_without_diagnostics()
    {
        var files = Files();
        Assert.Equal(914, files.Count);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var result = CveRecord.Parse(File.ReadAllBytes(file));
            if (!result.Succeeded || result.Diagnostics.Count > 0)
            {
                problems.Add($"{Path.GetFileName(file)}: {string.Join("; ", result.Diagnostics)}");
            }
            else if (result.Value.Metadata.CveId + ".json" != Path.GetFileName(file))
            {
                problems.Add($"{Path.GetFileName(file)}: read as {result.Value.Metadata.CveId}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_records_hold_the_products_versions_and_metrics_a_whole_document_count_finds()
    {
        // Counted independently here from the raw JSON, over the CNA and every ADP container.
        var expected = new Dictionary<string, int>();
        var actual = new Dictionary<string, int>();
        void Add(Dictionary<string, int> d, string key, int n) => d[key] = d.GetValueOrDefault(key) + n;
        foreach (var file in Files())
        {
            var bytes = File.ReadAllBytes(file);
            using (var document = JsonDocument.Parse(bytes))
            {
                var containers = document.RootElement.GetProperty("containers");
                var all = new List<JsonElement> { containers.GetProperty("cna") };
                if (containers.TryGetProperty("adp", out var adp))
                {
                    all.AddRange(adp.EnumerateArray());
                }

                foreach (var c in all)
                {
                    foreach (var p in Items(c, "affected"))
                    {
                        Add(expected, "products", 1);
                        Add(expected, "versions", Items(p, "versions").Count);
                        Add(expected, "changes", Items(p, "versions").Sum(v => Items(v, "changes").Count));
                    }

                    foreach (var m in Items(c, "metrics"))
                    {
                        foreach (var member in new[] { "cvssV2_0", "cvssV3_0", "cvssV3_1", "cvssV4_0", "other" })
                        {
                            Add(expected, member, m.TryGetProperty(member, out _) ? 1 : 0);
                        }
                    }

                    Add(expected, "references", Items(c, "references").Count);
                    Add(expected, "problem types", Items(c, "problemTypes").Sum(p => Items(p, "descriptions").Count));
                    Add(expected, "credits", Items(c, "credits").Count);
                    Add(expected, "timeline", Items(c, "timeline").Count);
                }
            }

            var record = CveRecord.Parse(bytes).Value!;
            foreach (var c in record.Adp.Prepend(record.Cna))
            {
                Add(actual, "products", c.Affected.Count);
                Add(actual, "versions", c.Affected.Sum(p => p.Versions.Count));
                Add(actual, "changes", c.Affected.Sum(p => p.Versions.Sum(v => v.Changes.Count)));
                foreach (var member in new[] { "cvssV2_0", "cvssV3_0", "cvssV3_1", "cvssV4_0" })
                {
                    Add(actual, member, c.Metrics.Sum(m => m.Cvss.Count(x => x.Member == member && x.Vector is not null)));
                }

                Add(actual, "other", c.Metrics.Count(m => m.OtherType is not null));
                Add(actual, "references", c.References.Count);
                Add(actual, "problem types", c.ProblemTypes.Count);
                Add(actual, "credits", c.Credits.Count);
                Add(actual, "timeline", c.Timeline.Count);
            }
        }

        var differences = expected.Where(e => actual.GetValueOrDefault(e.Key) != e.Value).Select(e => $"{e.Key}: {actual.GetValueOrDefault(e.Key)} read, {e.Value} in the files").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(684, expected["cvssV3_1"]);
        Assert.Equal(404, expected["cvssV4_0"]);
    }

    [Fact]
    public void Every_real_record_written_as_5_1_reads_back_as_the_same_model()
    {
        var problems = new List<string>();
        foreach (var file in Files())
        {
            var first = CveRecord.Parse(File.ReadAllBytes(file)).Value!;
            var json = first.ToJson();
            var again = CveRecord.Parse(Encoding.UTF8.GetBytes(json));
            if (!again.Succeeded || again.Diagnostics.Count > 0)
            {
                problems.Add($"{Path.GetFileName(file)}: written record has problems: {string.Join("; ", again.Diagnostics)}");
                continue;
            }

            Assert.Equal(CveRecord.WrittenDataVersion, again.Value.DataVersion);
            var before = JsonSerializer.Serialize(first with { DataVersion = "" }, Dump);
            var after = JsonSerializer.Serialize(again.Value with { DataVersion = "" }, Dump);
            if (first with { DataVersion = "" } != again.Value with { DataVersion = "" } || before != after)
            {
                var at = before.Zip(after).TakeWhile(p => p.First == p.Second).Count();
                problems.Add($"{Path.GetFileName(file)}: differs at model dump offset {at}: …{before[Math.Max(0, at - 60)..Math.Min(before.Length, at + 60)]}… vs …{after[Math.Max(0, at - 60)..Math.Min(after.Length, at + 60)]}…");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [];
}
