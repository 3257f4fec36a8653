using Clearinghouse.Findings;
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
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            known[i] = (f.Submission.Aliases ?? []).Select(index.FindByAnyId).FirstOrDefault(v => v is not null)?.Id
                ?? (f.Weakness is { } weakness && PackageUrl.TryParse(f.Submission.Target.Purl, out var purl, out _)
                    ? index.Match(purl).Select(m => m.Vulnerability).FirstOrDefault(v => v.Weaknesses.Contains(weakness.ToUpperInvariant()))?.Id
                    : null);
        }

        return known;
    }
}
