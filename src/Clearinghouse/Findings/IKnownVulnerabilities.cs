using Clearinghouse.Storage;

namespace Clearinghouse.Findings;

/// <summary>
/// Which findings are vulnerabilities already published (issue 5, scope 4): the seam to the knowledge base of the
/// Exposure capability, which holds the imported OSV, CVE and KEV records.
/// </summary>
public interface IKnownVulnerabilities
{
    /// <summary>
    /// For each finding, in order, the id of the published vulnerability it is, or null: one of its aliases names a known
    /// vulnerability, or its target is a package version that a known vulnerability of the same weakness (CWE) affects.
    /// </summary>
    Task<IReadOnlyList<string?>> CorrelateAsync(ClearinghouseDb db, IReadOnlyList<NormalizedFinding> findings, CancellationToken ct);
}

/// <summary>A deployment without the Exposure capability knows of no published vulnerability: every finding is new.</summary>
public sealed class NoKnownVulnerabilities : IKnownVulnerabilities
{
    public Task<IReadOnlyList<string?>> CorrelateAsync(ClearinghouseDb db, IReadOnlyList<NormalizedFinding> findings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Task.FromResult<IReadOnlyList<string?>>(new string?[findings.Count]);
    }
}
