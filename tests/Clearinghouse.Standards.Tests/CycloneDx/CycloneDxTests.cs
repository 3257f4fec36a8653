using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.CycloneDx;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.CycloneDx;

public sealed class CycloneDxTests(ITestOutputHelper output)
{
    private static string Conformance(params string[] parts) =>
        TestData.Path(["sbom", "cyclonedx-spec-test-resources", "tools", "src", "test", "resources", .. parts]);

    private static IEnumerable<string> ConformanceFiles() =>
        ((string[])["1.4", "1.5", "1.6"]).SelectMany(v => Directory.EnumerateFiles(Conformance(v), "*.json")).Order(StringComparer.Ordinal);

    private static string? SpecVersion(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("bomFormat", out _)
                && document.RootElement.TryGetProperty("specVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <remarks>
    /// The official CycloneDX schemas are not in the shared data, and fetched files may not be committed, so this test
    /// checks the reference rules only: every valid conformance file must pass them and be read. Rejecting every
    /// invalid file needs the schemas (all 69 were caught by the schemas when they were at hand; see the issue note).
    /// </remarks>
    [Fact]
    public void Every_valid_conformance_file_of_CycloneDX_1_4_to_1_6_passes_the_reference_rules_and_is_read()
    {
        var wrong = new List<string>();
        var valid = 0;
        foreach (var path in ConformanceFiles().Where(p => Path.GetFileName(p).StartsWith("valid-", StringComparison.Ordinal)))
        {
            valid++;
            var bytes = File.ReadAllBytes(path);
            var problems = CycloneDxValidator.ReferenceRulesOnly.Validate(bytes);
            var read = CycloneDxBom.Load(bytes);
            if (problems.Count > 0 || !read.Succeeded)
            {
                wrong.Add($"{Path.GetFileName(path)}: {string.Join("; ", problems.Concat(read.Diagnostics).Take(5))}");
            }
        }

        Assert.True(valid > 100, $"too few conformance files: {valid}");
        Assert.True(wrong.Count == 0, $"{wrong.Count} valid conformance files refused:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_validator_without_its_schemas_says_which_are_missing()
    {
        var result = CycloneDxValidator.Load(_ => null);

        Assert.False(result.Succeeded);
        Assert.Equal(CycloneDxValidator.SchemaFiles.Select(f => $"the schema {f} is missing"), result.Diagnostics.Select(d => d.Reason));
    }

    [Fact]
    public void Every_real_CycloneDX_BOM_in_the_shared_data_is_read()
    {
        var failures = new List<string>();
        var totals = new SortedDictionary<string, (int Files, int Components, int Dependencies, int Vex)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(TestData.Path("sbom"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestData.Path("sbom"), path);
            if (SpecVersion(path) is not { } version || Path.GetFileName(path).StartsWith("invalid-", StringComparison.Ordinal))
            {
                continue;
            }

            var result = CycloneDxBom.Load(File.ReadAllBytes(path));
            if (!result.Succeeded)
            {
                failures.Add($"{relative}: {string.Join("; ", result.Diagnostics.Take(5))}");
                continue;
            }

            var bom = result.Value;
            var parts = relative.Split(Path.DirectorySeparatorChar);
            var kind = parts[0] switch
            {
                "cyclonedx-bom-examples" => parts[1],
                "cyclonedx-spec-test-resources" => "spec valid-*",
                _ => parts[0],
            } + " " + version;
            var t = totals.GetValueOrDefault(kind);
            totals[kind] = (t.Files + 1, t.Components + bom.Components.Count + (bom.MetadataComponent is null ? 0 : 1), t.Dependencies + bom.Dependencies.Count,
                t.Vex + bom.Vulnerabilities.Count(v => v.IsVexStatement));
        }

        foreach (var (kind, t) in totals)
        {
            output.WriteLine($"{kind}: {t.Files} files, {t.Components} components, {t.Dependencies} dependency nodes, {t.Vex} VEX statements");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} BOMs not read:\n" + string.Join("\n", failures));
        Assert.True(totals.Values.Sum(t => t.Files) > 150 && totals.Values.Sum(t => t.Vex) > 50, "too few BOMs or VEX statements found");
    }

    [Fact]
    public void A_CISA_VEX_statement_is_read_with_its_state_justification_response_and_affected_ref()
    {
        var bom = CycloneDxBom.Load(File.ReadAllBytes(TestData.Path("sbom", "cyclonedx-bom-examples", "VEX", "CISA-Use-Cases", "Case-1", "vex-not_affected.json"))).Value!;
        Assert.Equal(CycloneDxSpecVersion.Version14, bom.SpecVersion);
        var vulnerability = Assert.Single(bom.Vulnerabilities);
        Assert.Equal("CVE-2021-44228", vulnerability.Id);
        Assert.Equal("NVD", vulnerability.SourceName);
        Assert.Equal(new CycloneDxAnalysis(VexState.NotAffected, VexJustification.CodeNotPresent, [VexResponse.WillNotFix],
            "This version of Product ABC is not affected by the vulnerability. Class with vulnerable code was removed before shipping.", null, null) with { Responses = vulnerability.Analysis!.Responses },
            vulnerability.Analysis);
        Assert.Equal([VexResponse.WillNotFix], vulnerability.Analysis.Responses);
        Assert.Equal("product-ABC", Assert.Single(vulnerability.Affects).Ref);
    }

    [Fact]
    public void Version_1_6_fields_are_read_by_the_1_6_reader_only()
    {
        var json = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library","bom-ref":"a","name":"a","purl":"pkg:npm/a@1","cpe":"cpe:2.3:a:x:a:1:*:*:*:*:*:*:*",
              "hashes":[{"alg":"SHA-256","content":"00"}],"licenses":[{"license":{"id":"MIT","acknowledgement":"declared"}},{"expression":"MIT OR Apache-2.0","acknowledgement":"concluded"}],
              "omniborId":["gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64"],"components":[{"type":"file","name":"b"}]}],
             "dependencies":[{"ref":"a","dependsOn":["b"],"provides":["c"]}]}
            """;
        var bom = CycloneDxBom.Load(Encoding.UTF8.GetBytes(json)).Value!;
        var a = bom.Components[0];
        Assert.Equal(("pkg:npm/a@1", "cpe:2.3:a:x:a:1:*:*:*:*:*:*:*"), (a.Purl, a.Cpe));
        Assert.Equal([new CycloneDxLicense("MIT", null, null, "declared"), new CycloneDxLicense(null, null, "MIT OR Apache-2.0", "concluded")], a.Licenses);
        Assert.Single(a.OmniborIds);
        Assert.Equal("a", bom.Components[1].Parent);
        Assert.Equal(["c"], bom.Dependencies[0].Provides);

        var old = CycloneDxBom.Load(Encoding.UTF8.GetBytes(json.Replace("\"1.6\"", "\"1.5\"", StringComparison.Ordinal))).Value!;
        Assert.Empty(old.Dependencies[0].Provides);
        Assert.Empty(old.Components[0].OmniborIds);
        Assert.Null(old.Components[0].Licenses[0].Acknowledgement);
    }

    [Theory]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"2.0"}""", "/specVersion")]
    [InlineData("""{"bomFormat":"SPDX","specVersion":"1.5"}""", "/bomFormat")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"library"}]}""", "/components/0")]
    [InlineData("""{"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"analysis":{"state":"fine"}}]}""", "/vulnerabilities/0/analysis/state")]
    [InlineData("[]", "")]
    public void A_document_that_is_not_a_readable_BOM_is_refused_with_where(string json, string location) =>
        Assert.Equal(location, CycloneDxBom.Load(Encoding.UTF8.GetBytes(json)).Diagnostics[0].Location);

    [Fact]
    public void Duplicate_bom_refs_and_dangling_dependency_refs_are_reported_by_rule()
    {
        var json = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"library","bom-ref":"a","name":"a"},{"type":"library","bom-ref":"a","name":"b"}],
             "dependencies":[{"ref":"a","dependsOn":["z"]}]}
            """;
        Assert.Equal(
            ["/components/1/bom-ref: bom-ref-unique: 'a' is already the bom-ref at /components/0/bom-ref", "/dependencies/0/dependsOn/0: dependency-ref: 'z' is not the bom-ref of anything in the BOM"],
            CycloneDxValidator.ReferenceRulesOnly.Validate(Encoding.UTF8.GetBytes(json)).Select(d => d.ToString()));
    }

    [Fact]
    public void VEX_tokens_round_trip()
    {
        foreach (var state in Enum.GetValues<VexState>())
        {
            Assert.True(VexTokens.TryParse(VexTokens.ToToken(state), out VexState back) && back == state);
        }

        foreach (var justification in Enum.GetValues<VexJustification>())
        {
            Assert.True(VexTokens.TryParse(VexTokens.ToToken(justification), out VexJustification back) && back == justification);
        }

        foreach (var response in Enum.GetValues<VexResponse>())
        {
            Assert.True(VexTokens.TryParse(VexTokens.ToToken(response), out VexResponse back) && back == response);
        }
    }
}
