using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.CycloneDx;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Sarif;
using Clearinghouse.Standards.Spdx;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Tests.Mutation;

/// <summary>
/// Every parser, fed thousands of corrupted variants of the real files in the shared data: none may throw, and each must
/// either give a value or say where and why it refused (issue 4 §8). One row per parser in <see cref="Parsers"/>.
/// </summary>
public sealed class ParserMutationTests
{
    private const int VariantsPerFile = 300;
    private const int FilesPerParser = 10;

    /// <summary>A parser under test: its files, and a function that parses bytes and says whether it gave a value or located diagnostics.</summary>
    public sealed record Parser(string Name, Func<IEnumerable<string>> Files, Func<byte[], Outcome> Parse);

    /// <summary>What a parser did with one input.</summary>
    public readonly record struct Outcome(bool HasValue, IReadOnlyList<string> Diagnostics);

    public static readonly Parser[] Parsers =
    [
        new("SSVC decision table", () => Directory.EnumerateFiles(TestData.Path("ssvc", "data", "json", "decision_tables"), "*.json", SearchOption.AllDirectories),
            bytes => From(SsvcDecisionTable.Load(bytes))),
        new("KEV catalog", () => [TestData.Path("kev", "known_exploited_vulnerabilities.json")],
            bytes => { var r = KevCatalog.Load(bytes); return new(r.Catalog is not null, [.. r.Diagnostics.Select(d => d.Location + ": " + d.Reason)]); }),
        new("CVE SSVC inputs", () => Directory.EnumerateFiles(TestData.Path("cve"), "*.json", SearchOption.AllDirectories),
            bytes => { var r = CveSsvcReader.Read(bytes); return new(r.Diagnostics.Count == 0, [.. r.Diagnostics.Select(d => d.ToString())]); }),
        new("CycloneDX BOM", () => Directory.EnumerateFiles(TestData.Path("sbom", "cyclonedx-bom-examples"), "*.json", SearchOption.AllDirectories),
            bytes => From(CycloneDxBom.Load(bytes))),
        new("SPDX document", () => Directory.EnumerateFiles(TestData.Path("sbom", "spdx-examples"), "*.json", SearchOption.AllDirectories),
            bytes => From(SpdxDocument.Load(bytes))),
        new("CVE JSON 5 record", () => Directory.EnumerateFiles(TestData.Path("cve"), "*.json", SearchOption.AllDirectories),
            bytes => From(CveRecord.Parse(bytes))),
        new("SARIF log", () => Directory.EnumerateFiles(TestData.Path("sarif", "sarif-tutorials"), "*.sarif", SearchOption.AllDirectories),
            ReadSarif),
        new("OSV record", () => Directory.EnumerateFiles(TestData.Path("osv", "golang-vulndb"), "*.json", SearchOption.AllDirectories),
            bytes => { _ = OsvRecord.TryParse(bytes, out var record, out var diagnostics); return new(record is not null && diagnostics.Count == 0, [.. diagnostics.Select(d => d.ToString())]); }),
        new("CSAF advisory", () => Directory.EnumerateFiles(TestData.Path("csaf"), "*.json", SearchOption.AllDirectories),
            bytes => From(CsafReader.Read(bytes))),
    ];

    public static TheoryData<string> ParserNames()
    {
        var data = new TheoryData<string>();
        foreach (var parser in Parsers)
        {
            data.Add(parser.Name);
        }

        return data;
    }

    [Theory, MemberData(nameof(ParserNames))]
    public void Corrupted_real_files_never_throw_and_are_either_read_or_refused_with_a_location(string name)
    {
        var parser = Parsers.Single(p => p.Name == name);
        var files = parser.Files().Order(StringComparer.Ordinal).Take(FilesPerParser).ToList();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            foreach (var (kind, bytes) in Mutator.Variants(File.ReadAllBytes(file), VariantsPerFile, seed: index))
            {
                checkedCount++;
                try
                {
                    var outcome = parser.Parse(bytes);
                    if (!outcome.HasValue && outcome.Diagnostics.Count == 0)
                    {
                        failures.Add($"{Path.GetFileName(file)} ({kind}): refused without a diagnostic");
                    }
                    else if (outcome.Diagnostics.Any(d => d.Length == 0))
                    {
                        failures.Add($"{Path.GetFileName(file)} ({kind}): an empty diagnostic");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{Path.GetFileName(file)} ({kind}): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(files.Count > 0, $"no files for {name}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} variants failed:\n{string.Join('\n', failures.Take(30))}");
    }

    private static Outcome ReadSarif(byte[] bytes)
    {
        using var reader = new SarifReader(new MemoryStream(bytes));
        var results = reader.ReadResults().Count();
        return new(reader.ReachedEnd && reader.Diagnostics.Count == 0, [.. reader.Diagnostics.Select(d => d.ToString())]);
    }

    private static Outcome From<T>(JsonLoadResult<T> result)
        where T : class => new(result.Succeeded, [.. result.Diagnostics.Select(d => d.ToString())]);
}
