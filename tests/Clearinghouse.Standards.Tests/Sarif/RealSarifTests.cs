using System.Text.Json;
using Clearinghouse.Standards.Sarif;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.Sarif;

/// <summary>Every real SARIF log in the shared data, read by the streaming reader and counted against a whole-document count.</summary>
public sealed class RealSarifTests(ITestOutputHelper output)
{
    /// <summary>Logs that are deliberately wrong, with the diagnostics the reader must give for them (and nothing else).</summary>
    private static readonly Dictionary<string, string[]> Rejected = new(StringComparer.Ordinal)
    {
        // codeql-action's negative case: "results": 42.
        ["codeql-action/src/testdata/invalid-sarif.sarif"] = ["/runs/0/results: must be an array, not a number"],

        // codeql-action's tool-name test: run 4 has "driver": { "name": null }; SARIF requires the name (the run is kept).
        ["codeql-action/src/testdata/tool-names.sarif"] = ["/runs/4/tool/driver/name: a tool component must have a name"],
    };

    public static IEnumerable<string> Files()
    {
        var sarif = TestData.Path("sarif");
        var dojo = TestData.Path("defectdojo");
        return Directory.EnumerateFiles(sarif, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".sarif", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => "sarif/" + Path.GetRelativePath(sarif, f).Replace('\\', '/'))
            .Concat(Directory.EnumerateFiles(dojo, "*.sarif", SearchOption.AllDirectories)
                .Select(f => "defectdojo/" + Path.GetRelativePath(dojo, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_real_log_reads_with_the_same_runs_rules_and_results_as_a_whole_document_count()
    {
        var files = Files().ToList();
        Assert.True(files.Count >= 60, $"only {files.Count} SARIF files found");
        var problems = new List<string>();
        var totals = (Runs: 0, Rules: 0, Results: 0);
        foreach (var file in files)
        {
            var path = TestData.Path(file.Split('/'));
            var expected = Count(path);
            using var reader = new SarifReader(File.OpenRead(path));
            var results = reader.ReadResults().ToList();
            var key = file[(file.IndexOf('/', StringComparison.Ordinal) + 1)..];
            var wanted = Rejected.GetValueOrDefault(key, []);
            var got = reader.Diagnostics.Select(d => d.ToString()).ToArray();
            if (!got.SequenceEqual(wanted))
            {
                problems.Add($"{file}: diagnostics [{string.Join("; ", got)}], expected [{string.Join("; ", wanted)}]");
            }

            var rules = reader.Runs.Sum(r => r.Driver?.Rules.Count ?? 0);
            var counted = reader.Runs.Sum(r => r.ResultCount);
            if (reader.Runs.Count != expected.Runs || rules != expected.Rules || results.Count != expected.Results || counted != expected.Results && wanted.Length == 0)
            {
                problems.Add($"{file}: runs/rules/results {reader.Runs.Count}/{rules}/{results.Count}, whole-document count {expected.Runs}/{expected.Rules}/{expected.Results}");
            }

            if (!reader.ReachedEnd || !reader.Runs.All(r => r.IsComplete))
            {
                problems.Add($"{file}: not read to the end");
            }

            // Again with a 256-byte first buffer, so every value crosses refills and the buffer grows: the same results.
            using var small = new SarifReader(File.OpenRead(path), leaveOpen: false, initialBufferBytes: 256);
            var again = small.ReadResults().Select(r => (r.RunIndex, r.Index, r.RuleId, r.MessageText)).ToList();
            if (!again.SequenceEqual(results.Select(r => (r.RunIndex, r.Index, r.RuleId, r.MessageText))) || !small.Diagnostics.SequenceEqual(reader.Diagnostics))
            {
                problems.Add($"{file}: a small buffer gives {again.Count} results and {small.Diagnostics.Count} diagnostics");
            }

            totals = (totals.Runs + reader.Runs.Count, totals.Rules + rules, totals.Results + results.Count);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine($"{files.Count} files: {totals.Runs} runs, {totals.Rules} rules, {totals.Results} results");
        Assert.True(totals.Results > 5000, $"{files.Count} files, {totals}");
    }

    [Fact]
    public void Rules_keep_their_tags_and_security_severity()
    {
        using var reader = new SarifReader(File.OpenRead(TestData.Path("sarif", "sarif-sdk", "src", "Sarif", "Taxonomies", "CweGhasSample.sarif")));
        var results = reader.ReadResults().ToList();
        Assert.Empty(reader.Diagnostics);
        Assert.Equal(7, results.Count);
        var run = Assert.Single(reader.Runs);
        var rule = run.RuleOf(results[0]);
        Assert.Equal("CWE-79", rule?.Id);
        Assert.Equal("7.8", rule?.SecuritySeverity);
        Assert.Equal(["security", "external/cwe/cwe-79"], rule?.Tags);
    }

    [Fact]
    public void Rule_relationships_resolve_to_taxa_of_the_run_taxonomies()
    {
        using var reader = new SarifReader(File.OpenRead(TestData.Path("sarif", "sarif-tutorials", "samples", "Taxonomies.sarif")));
        _ = reader.ReadResults().ToList();
        Assert.Empty(reader.Diagnostics);
        var run = Assert.Single(reader.Runs);
        var taxa = run.Driver!.Rules.Select(r => Assert.Single(run.TaxaOf(r))).ToList();
        Assert.Equal([("Requirement levels", "RQL1001"), ("Requirement levels", "RQL1002")], taxa.Select(t => (t.Taxonomy, t.Taxon.Id)));
    }

    [Theory]
    [InlineData("sarif-tutorials/samples/3-Beyond-basics/standard-taxonomy.sarif", 1, 1, "CWE-401")]
    [InlineData("sarif-sdk/src/Sarif/Taxonomies/CweGhasSample.sarif", 7, 6, "CWE-79")] // rule 5 ("NOVEL-…") has no CWE tag
    [InlineData("pixee-codemodder-java/core-codemods/src/test/resources/webgoat_v8.2.2_codeql.sarif", 24, 24, "CWE-89")]
    public void Results_are_classified_by_CWE_through_taxa_relationships_and_tags(string file, int results, int withCwe, string oneCwe)
    {
        using var reader = new SarifReader(File.OpenRead(TestData.Path(["sarif", .. file.Split('/')])));
        var all = reader.ReadResults().ToList();
        Assert.Empty(reader.Diagnostics);
        Assert.Equal(results, all.Count);
        var run = reader.Runs[0];
        Assert.All(all, r => Assert.NotNull(run.RuleOf(r)));
        var cwes = all.Select(run.CweIdsOf).ToList();
        Assert.Equal(withCwe, cwes.Count(c => c.Count > 0));
        Assert.Contains(cwes, c => c.Contains(oneCwe));
    }

    [Fact]
    public void Message_ids_are_resolved_against_the_rule_message_strings_with_their_arguments()
    {
        using var reader = new SarifReader(File.OpenRead(TestData.Path("sarif", "sarif-tutorials", "samples", "3-Beyond-basics", "message-with-arguments.sarif")));
        var results = reader.ReadResults().ToList();
        Assert.Empty(reader.Diagnostics);
        var result = Assert.Single(results);
        Assert.Null(result.Message.Text);
        Assert.NotNull(result.Message.Id);
        Assert.NotNull(result.MessageText);
        Assert.DoesNotContain("{0}", result.MessageText, StringComparison.Ordinal);
        Assert.All(result.Message.Arguments, a => Assert.Contains(a, result.MessageText, StringComparison.Ordinal));
    }

    [Fact]
    public void Code_flows_keep_their_thread_flow_steps_and_locations()
    {
        using var reader = new SarifReader(File.OpenRead(TestData.Path("sarif", "sarif-tutorials", "samples", "3-Beyond-basics", "bad-eval-with-code-flow.sarif")));
        var result = Assert.Single(reader.ReadResults().ToList());
        var steps = Assert.Single(Assert.Single(result.CodeFlows).ThreadFlows).Locations;
        Assert.True(steps.Count >= 2);
        Assert.All(steps, s => Assert.NotNull(s.Location?.PhysicalLocation?.Region?.StartLine));
    }

    private static (int Runs, int Rules, int Results) Count(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var document = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0));
        if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            return (0, 0, 0);
        }

        int rules = 0, results = 0;
        foreach (var run in runs.EnumerateArray())
        {
            if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver)
                && driver.TryGetProperty("rules", out var r) && r.ValueKind == JsonValueKind.Array)
            {
                rules += r.GetArrayLength();
            }

            if (run.TryGetProperty("results", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                results += list.GetArrayLength();
            }
        }

        return (runs.GetArrayLength(), rules, results);
    }
}
