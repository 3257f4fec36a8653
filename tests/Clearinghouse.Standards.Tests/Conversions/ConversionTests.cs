using System.Text;
using Xunit.Abstractions;
using System.Text.Json;
using Clearinghouse.Standards.Conversions;
using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Tests.CveJson;
using Clearinghouse.Standards.Tests.JsonSchema;
using Clearinghouse.Standards.Tests.Osv;

namespace Clearinghouse.Standards.Tests.Conversions;

/// <summary>
/// The conversions behind <c>clearinghouse convert</c>, over every real CVE and OSV record in the shared data: what they
/// emit reads back without diagnostics, passes the official schema where the shared data has it (OSV, CSAF) and the
/// CSAF validator's mandatory tests, and says the same thing about every version as the record it came from.
/// </summary>
public sealed class ConversionTests(ITestOutputHelper output)
{
    private static readonly CsafPublisher Publisher = new() { Category = CsafPublisherCategory.Coordinator, Name = "Clearinghouse", Namespace = "https://clearinghouse.example" };

    [Fact]
    public void Every_real_CVE_record_converts_to_an_OSV_record_that_passes_the_OSV_schema_and_reads_back_cleanly()
    {
        var schema = OfficialSchemas.All.Single(s => s.Name == "OSV").Load();
        var problems = new List<string>();
        int withPackages = 0, leftOut = 0;
        foreach (var file in RealCveRecordTests.Files())
        {
            var cve = CveRecord.Parse(File.ReadAllBytes(file)).Value!;
            var converted = CveToOsv.Convert(cve);
            Assert.True(converted.Succeeded);
            leftOut += converted.Diagnostics.Count;
            withPackages += converted.Value.Affected.Count > 0 ? 1 : 0;
            var json = converted.Value.ToJson();
            using var document = JsonDocument.Parse(json);
            var invalid = schema.Validate(document.RootElement);
            if (invalid.Count > 0)
            {
                problems.Add($"{Path.GetFileName(file)}: schema: {string.Join("; ", invalid)}");
            }

            if (!OsvRecord.TryParse(Encoding.UTF8.GetBytes(json), out var back, out var diagnostics) || diagnostics.Count > 0 || back.ToJson() != json)
            {
                problems.Add($"{Path.GetFileName(file)}: read back: {string.Join("; ", diagnostics)}");
            }
        }

        output.WriteLine($"{RealCveRecordTests.Files().Count} CVE records; {withPackages} name a package or repository OSV can carry; {leftOut} entries left out with a reason");
        Assert.True(withPackages >= 10, $"only {withPackages} records had an affected package");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_CVE_range_on_a_registry_package_becomes_an_OSV_range_with_the_same_bounds()
    {
        var cve = Cve("""
            [{ "vendor": "urllib3", "product": "urllib3", "collectionURL": "https://pypi.org", "packageName": "urllib3",
               "defaultStatus": "unaffected",
               "versions": [ { "version": "0", "lessThan": "1.26.18", "status": "affected", "versionType": "python" },
                             { "version": "2.0.0", "lessThan": "2.0.7", "status": "affected", "versionType": "python" } ] },
             { "vendor": "Acme", "product": "Widget", "versions": [ { "version": "1.0", "status": "affected" } ] }]
            """);

        var osv = CveToOsv.Convert(cve);

        var affected = Assert.Single(osv.Value!.Affected);
        Assert.Equal(new OsvPackage("PyPI", "urllib3", "pkg:pypi/urllib3"), affected.Package);
        Assert.Equal(["0", "1.26.18", "2.0.0", "2.0.7"], affected.Ranges.Single().Events.Select(e => e.Version));
        Assert.Equal(OsvOutcome.Affected, osv.Value.Evaluate("PyPI", "urllib3", "1.26.17").Outcome);
        Assert.Equal(OsvOutcome.NotAffected, osv.Value.Evaluate("PyPI", "urllib3", "1.26.18").Outcome);
        Assert.Equal(OsvOutcome.Affected, osv.Value.Evaluate("PyPI", "urllib3", "2.0.6").Outcome);
        var why = Assert.Single(osv.Diagnostics);
        Assert.Equal("/containers/cna/affected/1", why.Location);
        Assert.Contains("Acme Widget", why.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OSV_record_without_a_CVE_id_is_refused_with_the_reason()
    {
        var record = OsvFiles.Records.Select(r => r.Record).OfType<OsvRecord>().First(r => !r.Id.StartsWith("CVE-", StringComparison.Ordinal) && !r.Aliases.Any(a => a.StartsWith("CVE-", StringComparison.Ordinal)));

        var cve = OsvToCve.Convert(record);

        Assert.False(cve.Succeeded);
        Assert.Equal("/id", Assert.Single(cve.Diagnostics).Location);
    }

    [Fact]
    public void Every_real_OSV_record_with_a_CVE_id_survives_OSV_to_CVE_to_OSV_with_the_same_verdict_on_every_version_it_names()
    {
        var problems = new List<string>();
        int converted = 0, probes = 0;
        foreach (var (file, record, _) in OsvFiles.Records)
        {
            // A withdrawn record becomes a rejected CVE record, which lists no products.
            if (record is null || record.Withdrawn is not null)
            {
                continue;
            }

            var cve = OsvToCve.Convert(record);
            if (!cve.Succeeded)
            {
                continue;
            }

            converted++;
            var json = cve.Value.ToJson();
            var reread = CveRecord.Parse(Encoding.UTF8.GetBytes(json));
            if (!reread.Succeeded || reread.Diagnostics.Count > 0)
            {
                problems.Add($"{OsvFiles.Relative(file)}: the CVE record reads back with {string.Join("; ", reread.Diagnostics)}");
                continue;
            }

            var back = CveToOsv.Convert(reread.Value).Value!;
            for (var i = 0; i < record.Affected.Count; i++)
            {
                var affected = record.Affected[i];
                if (affected.Package is not { } package || PackageCollectionsKnow(package.Ecosystem) is false || cve.Diagnostics.Any(d => d.Location.StartsWith($"/affected/{i}/", StringComparison.Ordinal)))
                {
                    continue;
                }

                var versions = affected.Versions.Concat(affected.Ranges.SelectMany(r => r.Events).Select(e => e.Version)).Distinct(StringComparer.Ordinal);
                foreach (var version in versions)
                {
                    probes++;
                    var before = record.Evaluate(package.Ecosystem, package.Name, version).Outcome;
                    var after = back.Evaluate(package.Ecosystem, package.Name, version).Outcome;
                    if (before != after)
                    {
                        problems.Add($"{OsvFiles.Relative(file)}: {package.Name}@{version} was {before}, after the round trip {after}");
                    }
                }
            }
        }

        output.WriteLine($"{converted} OSV records converted to CVE JSON 5 and back; {probes} package versions compared");
        Assert.True(converted >= 1000, $"only {converted} records had a CVE id");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems.Take(200))}");
    }

    [Fact]
    public void OSV_records_converted_to_CSAF_pass_the_CSAF_schema_and_mandatory_tests_of_csaf_validator_lib()
    {
        // Every 8th record of each source, so that every ecosystem and shape is in the sample and node stays quick.
        var sample = OsvFiles.Records.Where(r => r.Record is not null).GroupBy(r => OsvFiles.Relative(r.File).Split('/')[0])
            .SelectMany(g => g.Where((_, i) => i % 8 == 0)).ToList();
        var lines = new List<string>();
        var problems = new List<string>();
        foreach (var (file, record, _) in sample)
        {
            var csaf = OsvToCsaf.Convert(record!, Publisher);
            if (!csaf.Succeeded)
            {
                problems.Add($"{OsvFiles.Relative(file)}: not converted: {string.Join("; ", csaf.Diagnostics)}");
                continue;
            }

            var bytes = CsafWriter.Write(csaf.Value, indented: false);
            var ours = CsafReader.Read(bytes) is { Value: { } read } ? CsafMandatoryTests.Run(read) : [new Clearinghouse.Standards.Json.JsonDiagnostic("", "does not read back")];
            if (ours.Count > 0)
            {
                problems.Add($"{OsvFiles.Relative(file)}: our mandatory tests: {string.Join("; ", ours)}");
            }

            lines.Add(Encoding.UTF8.GetString(bytes));
        }

        var verdicts = NodePeer.Run("csaf-validate.js", string.Join('\n', lines) + "\n", TimeSpan.FromMinutes(5));
        Assert.Equal(lines.Count, verdicts.Count);
        problems.AddRange(verdicts.Select((v, i) => (v, i)).Where(x => x.v != "ok").Select(x => $"{OsvFiles.Relative(sample[x.i].File)}: csaf-validator-lib: {x.v}"));
        output.WriteLine($"{sample.Count} OSV records converted to CSAF and validated");
        Assert.True(sample.Count >= 500, $"only {sample.Count} records in the sample");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems.Take(100))}");
    }

    [Fact]
    public void A_fixed_OSV_range_becomes_a_known_affected_range_a_fixed_version_and_a_vendor_fix()
    {
        var file = TestData.Path("osv", "pypa-advisory-database", "vulns", "requests", "PYSEC-2023-74.yaml");
        Assert.True(OsvRecord.TryParseYaml(File.ReadAllText(file), out var record, out _));

        var csaf = OsvToCsaf.Convert(record, Publisher).Value!;

        var vulnerability = Assert.Single(csaf.Vulnerabilities!);
        Assert.Equal("CVE-2023-32681", vulnerability.Cve);
        var leaves = csaf.ProductTree!.Branches!.Single().Branches!.Single().Branches!;
        var range = leaves.First(b => b.Category == CsafBranchCategory.ProductVersionRange);
        Assert.Equal("vers:pypi/>=2.3.0|<2.31.0", range.Name);
        Assert.Equal([range.Product!.ProductId], vulnerability.ProductStatus!.KnownAffected!);
        var fix = Assert.Single(vulnerability.Remediations!);
        Assert.Equal("Upgrade requests to 2.31.0 or later.", fix.Details);
        Assert.Equal("pkg:pypi/requests@2.31.0", leaves.Single(b => b.Category == CsafBranchCategory.ProductVersion).Product!.ProductIdentificationHelper!.Purl);
    }

    private static bool PackageCollectionsKnow(string ecosystem) =>
        ecosystem is "npm" or "PyPI" or "Go" or "crates.io" or "Maven" or "NuGet" or "RubyGems" or "Packagist" or "Hex" or "Pub";

    private static CveRecord Cve(string affected)
    {
        var json = $$"""
            { "dataType": "CVE_RECORD", "dataVersion": "5.1",
              "cveMetadata": { "cveId": "CVE-2023-45803", "assignerOrgId": "a0819718-46f1-4df5-94e2-005712e83aaa", "state": "PUBLISHED", "dateUpdated": "2023-10-17T19:45:00.000Z" },
              "containers": { "cna": { "providerMetadata": { "orgId": "a0819718-46f1-4df5-94e2-005712e83aaa" },
                "descriptions": [ { "lang": "en", "value": "urllib3 keeps the body on a 303 redirect." } ],
                "affected": {{affected}} } } }
            """;
        var read = CveRecord.Parse(Encoding.UTF8.GetBytes(json));
        Assert.True(read.Succeeded, string.Join("; ", read.Diagnostics));
        return read.Value;
    }
}
