using System.Runtime.CompilerServices;
using System.Text.Json;
using Clearinghouse.Findings;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Storage;

namespace Clearinghouse.Exposure;

/// <summary>
/// Tells intake which findings are vulnerabilities already published, from the knowledge base the exposure engine
/// matches inventories against: a finding whose aliases name a known vulnerability is that vulnerability; a finding on
/// a package version that a known vulnerability affects is that vulnerability when both name the same weakness (a
/// different weakness in the same version is a different bug). Findings on a repository or a product are matched by
/// alias only: the knowledge base has no commit ranges.
/// </summary>
public sealed class PublishedVulnerabilities(ExposureEngine engine) : IKnownVulnerabilities
{
    // The alias and weakness tables of one index: built on first use, dropped with the index when an import replaces it.
    private static readonly ConditionalWeakTable<AdvisoryIndex, Tables> ByIndex = [];

    public async Task<IReadOnlyList<string?>> CorrelateAsync(ClearinghouseDb db, IReadOnlyList<NormalizedFinding> findings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var known = new string?[findings.Count];
        if (findings.All(f => f.Submission.Aliases is not { Count: > 0 } && (f.Submission.Target.Purl is null || f.Weakness is null)))
        {
            return known;
        }

        await engine.EnsureLoadedAsync(db, ct);
        var index = engine.Index;
        if (index.Count == 0)
        {
            return known;
        }

        var tables = ByIndex.GetValue(index, Tables.Of);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            known[i] = (f.Submission.Aliases ?? []).Select(a => tables.ByAlias.GetValueOrDefault(a.ToUpperInvariant())).FirstOrDefault(v => v is not null)?.Id
                ?? (f.Weakness is { } weakness && PackageUrl.TryParse(f.Submission.Target.Purl, out var purl, out _)
                    ? index.Match(purl).Select(m => m.Vulnerability).FirstOrDefault(v => tables.Weaknesses(v).Contains(weakness.ToUpperInvariant()))?.Id
                    : null);
        }

        return known;
    }

    private sealed class Tables
    {
        private readonly ConditionalWeakTable<KnownVulnerability, HashSet<string>> weaknesses = [];

        public required Dictionary<string, KnownVulnerability> ByAlias { get; init; }

        public static Tables Of(AdvisoryIndex index)
        {
            var byAlias = new Dictionary<string, KnownVulnerability>(StringComparer.Ordinal);
            foreach (var vulnerability in index.Vulnerabilities)
            {
                foreach (var id in vulnerability.Aliases.Prepend(vulnerability.Id))
                {
                    byAlias.TryAdd(id.ToUpperInvariant(), vulnerability);
                }
            }

            return new Tables { ByAlias = byAlias };
        }

        /// <summary>The CWE ids its records give (OSV's <c>database_specific.cwe_ids</c>, as GitHub and our CVE conversion write them).</summary>
        public HashSet<string> Weaknesses(KnownVulnerability vulnerability) => weaknesses.GetValue(vulnerability, v =>
        [
            .. v.Records
                .SelectMany(r => r.Affected.Select(a => a.DatabaseSpecific).Prepend(r.DatabaseSpecific))
                .OfType<JsonElement>()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("cwe_ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
                .SelectMany(e => e.GetProperty("cwe_ids").EnumerateArray())
                .Where(id => id.ValueKind == JsonValueKind.String)
                .Select(id => id.GetString()!.ToUpperInvariant()),
        ]);
    }
}
