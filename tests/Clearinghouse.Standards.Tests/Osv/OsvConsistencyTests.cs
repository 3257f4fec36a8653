using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Tests.Osv;

/// <summary>
/// Every OSV record in ../shared/data/osv: each is read, and its enumerated versions and its fixed versions are checked
/// against its own ranges. The figures and the reasons for each accepted disagreement are in docs/osv-consistency.md.
/// </summary>
public sealed class OsvConsistencyTests
{
    // Disagreements in the data itself, by class (docs/osv-consistency.md). The test fails if one disappears or another appears.
    private static readonly Dictionary<string, string> Accepted = new(StringComparer.Ordinal)
    {
        // The versions list (computed by OSV.dev from the GIT range) holds pre-releases of the version the
        // ECOSYSTEM range says the vulnerability was introduced in; PEP 440 orders 3.2a1 before 3.2.
        ["listed PYSEC-2023-61 django 3.2a1"] = "pre-release below introduced",
        ["listed PYSEC-2023-61 django 3.2b1"] = "pre-release below introduced",
        ["listed PYSEC-2023-61 django 3.2rc1"] = "pre-release below introduced",
        ["listed PYSEC-2023-61 django 4.2a1"] = "pre-release below introduced",
        ["listed PYSEC-2023-61 django 4.2b1"] = "pre-release below introduced",
        ["listed PYSEC-2023-61 django 4.2rc1"] = "pre-release below introduced",

        // The versions list includes the release the ECOSYSTEM range calls fixed (and a post-release of it).
        ["listed PYSEC-2023-177 gevent 23.9.0"] = "fixed version listed as affected",
        ["listed PYSEC-2023-177 gevent 23.9.0.post1"] = "fixed version listed as affected",
        ["listed PYSEC-2021-114 wagtail 2.11.6"] = "fixed version listed as affected",

        // One interval is fixed at 3.1.1 and another is introduced at 3.1.1: the record itself says 3.1.1 is affected.
        ["fixed PYSEC-2022-236 pyspark 3.1.1"] = "fixed version reopened by an introduced event",
        ["fixed PYSEC-2023-72 pyspark 3.1.1"] = "fixed version reopened by an introduced event",
    };

    [Fact]
    public void Every_osv_record_in_the_shared_data_is_read()
    {
        var problems = new List<string>();
        foreach (var (file, record, diagnostics) in OsvFiles.Records)
        {
            var name = OsvFiles.Relative(file);

            // The linter fixture without an introduced event is broken on purpose; it is kept, with that diagnostic.
            var expected = name.EndsWith("nointroduced-CVE-2023-41045.json", StringComparison.Ordinal)
                ? "/affected/0/ranges/0/events: a range needs at least one introduced event"
                : string.Empty;
            if (record is null || string.Join("; ", diagnostics) != expected)
            {
                problems.Add($"{name}: {(record is null ? "refused" : "kept")}: {string.Join("; ", diagnostics)}");
            }
        }

        Assert.True(OsvFiles.Records.Count >= 8180, $"only {OsvFiles.Records.Count} files found");
        Assert.True(problems.Count == 0, $"{problems.Count} of {OsvFiles.Records.Count} files:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Listed_versions_are_affected_and_fixed_versions_are_not_by_the_records_own_ranges()
    {
        var checks = 0;
        var agreements = 0;
        var unexpected = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, record, _) in OsvFiles.Records)
        {
            foreach (var affected in record?.Affected ?? [])
            {
                // A listed version can only be checked against ranges that exist and can be evaluated.
                var listed = affected.Ranges.Any(r => r.Type is OsvRangeType.SemVer or OsvRangeType.Ecosystem) ? affected.Versions : [];
                var fixedVersions = affected.Ranges
                    .Where(r => r.Type is OsvRangeType.SemVer or OsvRangeType.Ecosystem)
                    .SelectMany(r => r.Events)
                    .Where(e => e.Kind == OsvEventKind.Fixed)
                    .Select(e => e.Version);
                foreach (var (kind, version, want) in listed.Select(v => ("listed", v, OsvOutcome.Affected))
                    .Concat(fixedVersions.Select(v => ("fixed", v, OsvOutcome.NotAffected))))
                {
                    checks++;
                    var result = affected.EvaluateRanges(version);
                    if (result.Outcome == want)
                    {
                        agreements++;
                        continue;
                    }

                    var key = $"{kind} {record!.Id} {affected.Package?.Name} {version}";
                    found.Add(key);
                    if (!Accepted.ContainsKey(key))
                    {
                        unexpected.Add($"{key}: {result.Outcome}, decided by {result.Event}; {string.Join("; ", result.Unevaluated.Select(u => u.Reason))}");
                    }
                }
            }
        }

        unexpected.AddRange(Accepted.Keys.Where(k => !found.Contains(k)).Select(k => $"{k}: listed as an accepted disagreement but now agrees"));
        Assert.True(checks > 150_000, $"only {checks} checks");
        Assert.True(
            unexpected.Count == 0,
            $"{agreements} of {checks} checks agree ({found.Count} disagree, {Accepted.Count} accepted); unexpected:\n" + string.Join('\n', unexpected));
    }

    [Fact]
    public void The_yaml_and_json_forms_of_the_same_pypa_record_read_the_same()
    {
        Assert.True(OsvRecord.TryParseYaml(File.ReadAllText(TestData.Path("osv", "pypa-advisory-database", "vulns", "requests", "PYSEC-2023-74.yaml")), out var yaml, out _));
        Assert.True(OsvRecord.TryParse(File.ReadAllBytes(TestData.Path("osv", "ossf-osv-schema", "tools", "osv-linter", "testdata", "PYSEC-2023-74.json")), out var json, out _));
        Assert.Equal(json.Id, yaml.Id);
        Assert.Equal(json.Modified, yaml.Modified);
        Assert.Equal(json.Published, yaml.Published);
        Assert.Equal(json.Aliases, yaml.Aliases);
        Assert.Equal(json.Summary, yaml.Summary);
        Assert.Equal(json.Details, yaml.Details);
        Assert.Equal(json.References, yaml.References);
        Assert.Equal(json.Affected.Count, yaml.Affected.Count);
        for (var i = 0; i < json.Affected.Count; i++)
        {
            Assert.Equal(json.Affected[i].Package, yaml.Affected[i].Package);
            Assert.Equal(json.Affected[i].Versions, yaml.Affected[i].Versions);
            Assert.Equal(
                json.Affected[i].Ranges.Select(r => (r.Type, r.Repo, string.Join(",", r.Events))),
                yaml.Affected[i].Ranges.Select(r => (r.Type, r.Repo, string.Join(",", r.Events))));
        }
    }
}
