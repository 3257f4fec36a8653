using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Tests.Matching;

/// <summary>
/// The compiled matcher (bounds read once, events sorted once, fixes worked out once) against the OSV records' own
/// evaluation, which reads the text on every comparison: for every package of every real vulnerability, every version
/// its records name (listed, introduced, fixed, last affected, limit) must be affected or not, and advised the same
/// upgrades, either way.
/// </summary>
public sealed class CompiledMatchingTests
{
    [Fact]
    public void Compiled_matching_agrees_with_the_records_own_evaluation_for_every_version_they_name()
    {
        var checks = 0;
        var affected = 0;
        var failures = new List<string>();
        foreach (var vulnerability in RealOsv.Vulnerabilities)
        {
            foreach (var package in vulnerability.Packages)
            {
                var entries = vulnerability.Records.Where(r => r.Withdrawn is null).SelectMany(r => r.Affected)
                    .Where(a => a.Package is { } p && PackageKey.FromOsv(p) == package).ToList();
                var named = entries.SelectMany(a => a.Versions)
                    .Concat(entries.SelectMany(a => a.Ranges).SelectMany(r => r.Events).Select(e => e.Version))
                    .Where(v => v != "0" && !v.Contains('*', StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal);
                foreach (var version in named)
                {
                    checks++;
                    var expected = Affected(entries, version);
                    var match = vulnerability.Match(package, version);
                    if ((match is not null) != expected || vulnerability.Affects(package, version) != expected)
                    {
                        failures.Add($"{vulnerability.Id} {package}@{version}: the records say {(expected ? "affected" : "not affected")}");
                        continue;
                    }

                    if (match is not null)
                    {
                        affected++;
                        var advice = Upgrades(package, entries, version);
                        if (!advice.SequenceEqual(match.FixedVersions))
                        {
                            failures.Add($"{vulnerability.Id} {package}@{version}: upgrades [{string.Join(", ", match.FixedVersions)}], the records say [{string.Join(", ", advice)}]");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks disagree:\n" + string.Join('\n', failures.Take(30)));
        Assert.True(checks > 20_000 && affected > 10_000, $"only {checks} checks, {affected} affected");
    }

    [Fact]
    public void The_index_matches_every_version_any_advisory_names_for_a_package_as_the_records_evaluate_it()
    {
        // Versions named by any advisory of the package fall on, and between, the bounds of every other one.
        var vulnerabilities = RealOsv.Vulnerabilities;
        var index = new AdvisoryIndex(vulnerabilities);
        var checks = 0;
        var matched = 0;
        var failures = new List<string>();
        foreach (var package in vulnerabilities.SelectMany(v => v.Packages).Distinct())
        {
            var entries = index.For(package).ToDictionary(v => v, v => v.Records.Where(r => r.Withdrawn is null).SelectMany(r => r.Affected)
                .Where(a => a.Package is { } p && PackageKey.FromOsv(p) == package).ToList());
            var named = entries.Values.SelectMany(e => e).SelectMany(a => a.Versions.Concat(a.Ranges.SelectMany(r => r.Events).Select(e => e.Version)))
                .Where(v => v != "0" && !v.Contains('*', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var version in named.Where((_, i) => named.Count <= 80 || i % (named.Count / 80) == 0))
            {
                checks++;
                var matches = index.Match(package, version);
                var expected = index.For(package).Where(v => Affected(entries[v], version)).ToList();
                if (!expected.SequenceEqual(matches.Select(m => m.Vulnerability)))
                {
                    failures.Add($"{package}@{version}: matched [{string.Join(", ", matches.Select(m => m.Vulnerability.Id))}], the records say [{string.Join(", ", expected.Select(v => v.Id))}]");
                    continue;
                }

                foreach (var match in matches)
                {
                    matched++;
                    if (!Upgrades(package, entries[match.Vulnerability], version).SequenceEqual(match.FixedVersions))
                    {
                        failures.Add($"{match.Vulnerability.Id} {package}@{version}: upgrades [{string.Join(", ", match.FixedVersions)}] differ from the records'");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks disagree:\n" + string.Join('\n', failures.Take(30)));
        Assert.True(checks > 20_000 && matched > 10_000, $"only {checks} checks, {matched} matches");
    }

    private static bool Affected(List<OsvAffected> entries, string version) =>
        entries.Any(e => e.Versions.Contains(version, StringComparer.Ordinal) || e.EvaluateRanges(version).Outcome == OsvOutcome.Affected);

    // The fixed versions above the version that are not themselves affected, lowest first, by string comparisons.
    private static List<string> Upgrades(PackageKey package, List<OsvAffected> entries, string version)
    {
        var ordering = VersionOrderings.ForEcosystem(package.Ecosystem) ?? VersionOrderings.SemVer;
        return
        [
            .. entries.SelectMany(e => e.Ranges).SelectMany(r => r.Events).Where(e => e.Kind == OsvEventKind.Fixed).Select(e => e.Version)
                .Distinct(StringComparer.Ordinal)
                .Where(f => !ordering.TryCompare(f, version, out var order) || order > 0)
                .Where(f => !Affected(entries, f))
                .Order(Comparer<string>.Create((a, b) => ordering.TryCompare(a, b, out var order) ? order : string.CompareOrdinal(a, b))),
        ];
    }
}
