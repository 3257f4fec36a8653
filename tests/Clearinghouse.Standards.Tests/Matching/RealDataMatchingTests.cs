using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Standards.Tests.Matching;

/// <summary>The matching engine against the real OSV records and real SBOMs of the shared data folder.</summary>
public sealed class RealDataMatchingTests
{
    [Fact]
    public void Every_version_an_OSV_record_lists_as_affected_matches_and_no_clean_fixed_version_does()
    {
        var vulnerabilities = RealOsv.Vulnerabilities;
        var index = new AdvisoryIndex(vulnerabilities);
        int listed = 0, fixes = 0;
        foreach (var vulnerability in vulnerabilities)
        {
            foreach (var record in vulnerability.Records.Where(r => r.Withdrawn is null))
            {
                foreach (var affected in record.Affected.Where(a => a.Package is not null))
                {
                    var package = affected.Package!;
                    // The first, middle and last listed versions: the PyPA records list hundreds each, and the ends are where ranges go wrong.
                    foreach (var version in affected.Versions.Where((_, i) => i == 0 || i == affected.Versions.Count / 2 || i == affected.Versions.Count - 1))
                    {
                        if (!OsvEcosystems.TryToPurl(package.Ecosystem, package.Name, version, out var purl))
                        {
                            continue;
                        }

                        listed++;
                        Assert.True(
                            Matches(index, purl, vulnerability),
                            $"{record.Id} lists {purl} as affected, but it did not match");
                    }

                    foreach (var fixedVersion in affected.Ranges.SelectMany(r => r.Events).Where(e => e.Kind == OsvEventKind.Fixed).Select(e => e.Version))
                    {
                        // A fixed version that another range or record of the same vulnerability still covers is rightly affected.
                        var stillAffected = vulnerability.Records.Any(r => r.Withdrawn is null && r.Evaluate(package.Ecosystem, package.Name, fixedVersion).Outcome == OsvOutcome.Affected);
                        if (stillAffected || !OsvEcosystems.TryToPurl(package.Ecosystem, package.Name, fixedVersion, out var purl))
                        {
                            continue;
                        }

                        fixes++;
                        Assert.False(
                            Matches(index, purl, vulnerability),
                            $"{record.Id} fixes {package.Name} in {fixedVersion}, but {purl} matched");
                    }
                }
            }
        }

        Assert.True(listed > 5_000, $"only {listed} listed versions were checked");
        Assert.True(fixes > 3_000, $"only {fixes} fixed versions were checked");
    }

    // Through the index's package lookup, without working out the advised upgrade (the slow part, tested below).
    private static bool Matches(AdvisoryIndex index, PackageUrl purl, KnownVulnerability vulnerability) =>
        PackageKey.TryFromPurl(purl, out var key) && index.For(key).Contains(vulnerability) && vulnerability.Affects(key, purl.Version!);

    [Fact]
    public void Matches_in_the_real_SBOMs_are_each_confirmed_by_a_record_and_advise_an_unaffected_upgrade()
    {
        var index = new AdvisoryIndex(RealOsv.Vulnerabilities);
        var checkedMatches = 0;
        var sboms = 0;
        foreach (var file in Directory.EnumerateFiles(TestData.Path("sbom"), "*.json", SearchOption.AllDirectories))
        {
            var inventory = SbomInventory.Read(File.ReadAllBytes(file)).Value;
            if (inventory is null || inventory.Components.Count == 0)
            {
                continue;
            }

            sboms++;
            foreach (var component in inventory.Components)
            {
                foreach (var match in index.Match(component))
                {
                    checkedMatches++;
                    Assert.True(OsvEcosystems.TryFromPurl(component, out var ecosystem, out var name));
                    var version = ecosystem == "Go" ? component.Version!.TrimStart('v') : component.Version!;
                    Assert.Contains(match.Vulnerability.Records, r => r.Affected.Any(a => a.Package is { } p && PackageKey.FromOsv(p) == PackageKey.Create(ecosystem, name))
                        && r.Evaluate(r.Affected.First(a => a.Package is { } p && PackageKey.FromOsv(p) == PackageKey.Create(ecosystem, name)).Package!.Ecosystem, r.Affected.First(a => a.Package is { } p && PackageKey.FromOsv(p) == PackageKey.Create(ecosystem, name)).Package!.Name, version).Outcome == OsvOutcome.Affected);
                    foreach (var fix in match.FixedVersions)
                    {
                        Assert.False(match.Vulnerability.Affects(match.Package, fix), $"{match.Vulnerability.Id}: the advised upgrade {fix} of {component} is itself affected");
                    }
                }
            }
        }

        Assert.True(sboms > 50, $"only {sboms} SBOMs were read");
        Assert.True(checkedMatches > 20, $"only {checkedMatches} matches were found in the real SBOMs");
    }

    [Fact]
    public void A_Go_component_written_with_a_v_prefix_matches_the_OSV_range_written_without_it()
    {
        static bool Opened(OsvAffected a) => a.Package?.Ecosystem == "Go" && a.Ranges.Any(x => x.Events.Any(e => e.Kind == OsvEventKind.Introduced && e.Version != "0"));
        var record = RealOsv.Vulnerabilities.First(v => v.Records.Any(r => r.Affected.Any(Opened)));
        var affected = record.Records.SelectMany(r => r.Affected).First(Opened);
        var introduced = affected.Ranges.SelectMany(r => r.Events).First(e => e.Kind == OsvEventKind.Introduced && e.Version != "0").Version;
        var index = new AdvisoryIndex([record]);

        Assert.Contains(index.Match(PackageUrl.Parse($"pkg:golang/{affected.Package!.Name}@v{introduced}")), m => m.Vulnerability == record);
    }
}
