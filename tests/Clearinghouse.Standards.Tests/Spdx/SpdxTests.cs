using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Spdx;
using Xunit.Abstractions;

namespace Clearinghouse.Standards.Tests.Spdx;

public sealed class SpdxTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_real_SPDX_JSON_document_in_the_shared_data_is_read()
    {
        var failures = new List<string>();
        var totals = new SortedDictionary<string, (int Files, int Packages, int Purls, int Relationships, int Dependencies)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(TestData.Path("sbom"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string? version;
            using (var probe = JsonDocument.Parse(File.ReadAllBytes(path)))
            {
                version = probe.RootElement.ValueKind == JsonValueKind.Object && probe.RootElement.TryGetProperty("spdxVersion", out var v) ? v.GetString() : null;
            }

            if (version is null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(TestData.Path("sbom"), path);
            var result = SpdxDocument.Load(File.ReadAllBytes(path));
            if (!result.Succeeded)
            {
                failures.Add($"{relative}: {string.Join("; ", result.Diagnostics.Take(5))}");
                continue;
            }

            var document = result.Value;
            var kind = relative.Split(Path.DirectorySeparatorChar)[0] + " " + version;
            var t = totals.GetValueOrDefault(kind);
            totals[kind] = (t.Files + 1, t.Packages + document.Packages.Count, t.Purls + document.Packages.Sum(p => p.Purls.Count),
                t.Relationships + document.Relationships.Count, t.Dependencies + document.Dependencies().Count);
        }

        foreach (var (kind, t) in totals)
        {
            output.WriteLine($"{kind}: {t.Files} files, {t.Packages} packages ({t.Purls} purls), {t.Relationships} relationships, {t.Dependencies} dependency edges");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} SPDX documents not read:\n" + string.Join("\n", failures));
        Assert.True(totals.Values.Sum(t => t.Files) >= 25 && totals.Values.Sum(t => t.Packages) > 100, "too few SPDX documents found");
    }

    [Fact]
    public void The_SPDX_2_3_example_is_read_with_its_purl_cpe_checksums_and_licenses()
    {
        var document = SpdxDocument.Load(File.ReadAllBytes(TestData.Path("sbom", "spdx-spec-2.3", "examples", "SPDXJSONExample-v2.3.spdx.json"))).Value!;
        Assert.Equal(SpdxSpecVersion.Version23, document.SpecVersion);
        Assert.Equal("SPDXRef-DOCUMENT", document.SpdxId);
        Assert.Equal(["SPDXRef-File", "SPDXRef-Package"], document.Describes);
        Assert.Equal(4, document.Packages.Count);
        var glibc = document.Packages.Single(p => p.SpdxId == "SPDXRef-Package");
        Assert.Equal(("glibc", "2.11.1", "(LGPL-2.0-only OR LicenseRef-3)"), (glibc.Name, glibc.VersionInfo, glibc.LicenseConcluded));
        Assert.Equal(["MD5", "SHA1", "SHA256", "BLAKE2b-384"], glibc.Checksums.Select(c => c.Algorithm));
        Assert.StartsWith("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:", Assert.Single(glibc.Cpes), StringComparison.Ordinal);
        Assert.Equal(["pkg:maven/org.apache.jena/apache-jena@3.12.0"], document.Packages.Single(p => p.Name == "Jena").Purls);
        Assert.Equal(7, document.Relationships.Count);
    }

    [Fact]
    public void Dependency_relationships_become_edges_from_the_dependent_to_its_dependency()
    {
        var json = """
            {"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a","name":"a"},{"SPDXID":"SPDXRef-b","name":"b"}],
             "relationships":[{"spdxElementId":"SPDXRef-a","relationshipType":"DEPENDS_ON","relatedSpdxElement":"SPDXRef-b"},
                              {"spdxElementId":"SPDXRef-b","relationshipType":"DEV_DEPENDENCY_OF","relatedSpdxElement":"SPDXRef-a"},
                              {"spdxElementId":"SPDXRef-DOCUMENT","relationshipType":"DESCRIBES","relatedSpdxElement":"SPDXRef-a"}]}
            """;
        var document = SpdxDocument.Load(Encoding.UTF8.GetBytes(json)).Value!;
        Assert.Equal([new SpdxDependency("SPDXRef-a", "SPDXRef-b", "DEPENDS_ON"), new SpdxDependency("SPDXRef-a", "SPDXRef-b", "DEV_DEPENDENCY_OF")], document.Dependencies());
        Assert.Equal(["SPDXRef-a"], document.Describes);
    }

    [Theory]
    [InlineData("""{"spdxVersion":"SPDX-3.0","SPDXID":"SPDXRef-DOCUMENT"}""", "/spdxVersion")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a"}]}""", "/packages/0")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":{}}""", "/packages")]
    [InlineData("""{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[{"SPDXID":"SPDXRef-a","name":"a","versionInfo":1}]}""", "/packages/0/versionInfo")]
    public void A_document_that_is_not_readable_SPDX_is_refused_with_where(string json, string location) =>
        Assert.Equal(location, SpdxDocument.Load(Encoding.UTF8.GetBytes(json)).Diagnostics[0].Location);
}
