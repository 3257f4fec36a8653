using Clearinghouse.Contracts.Findings;
using Clearinghouse.Scoring;

namespace Clearinghouse.Findings;

/// <summary>
/// The SSVC coordinator triage decision (CERT/CC's table <c>ssvc:DT_COORD_TRIAGE</c>: Decline, Track or Coordinate) for a
/// case: whether the clearinghouse takes it to a maintainer. The inputs come from what the clearinghouse knows:
/// <list type="bullet">
/// <item>Report Public: a report came in as a published advisory (OSV, CVE) or named an alias (CVE, GHSA).</item>
/// <item>Supplier Contacted: a reporter said it had told the supplier.</item>
/// <item>Report Credibility, fed by verification and the reporter's record: not credible when rejected as invalid or not
/// reproducible, or when opened by a reporter in poor standing and not yet validated; credible otherwise.</item>
/// <item>Supplier Cardinality and Supplier Engagement: as an analyst recorded them (<see cref="RecordSuppliers"/>); one
/// supplier, active, until then. With one active supplier the table never decides Coordinate: the reporter and the
/// supplier can settle it between them.</item>
/// <item>Utility, from the proposed CVSS vector: automatable when network-reachable with low complexity and no privileges or
/// user interaction; value concentrated when the scope changes (v3) or a subsequent system is highly impacted (v4).</item>
/// <item>Public Safety Impact: significant when the CVSS v4 vector marks safety impact (S:P, MSI:S or MSA:S).</item>
/// </list>
/// </summary>
public static class CoordinatorTriage
{
    public const string TablePrefix = "ssvc:DT_COORD_TRIAGE:";

    /// <summary>The decision with its path, or null when the deployment has no coordinator triage table.</summary>
    public static CaseTriageView? Decide(SsvcTables tables, VulnerabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(@case);
        if (tables.Latest(TablePrefix) is not { } table)
        {
            return null;
        }

        var metrics = Metrics(@case.CvssVector);
        bool Is(string metric, params string[] values) => metrics.TryGetValue(metric, out var v) && values.Contains(v);
        var automatable = Is("AV", "N") && Is("AC", "L") && Is("PR", "N") && Is("UI", "N") && (!metrics.ContainsKey("AT") || Is("AT", "N"));
        var concentrated = Is("S", "C") || Is("SC", "H") || Is("SI", "H") || Is("SA", "H");
        var credible = @case.State switch
        {
            CaseState.Rejected when @case.RejectionReason is RejectionReason.Invalid or RejectionReason.NotReproducible => false,
            CaseState.Validated or CaseState.Coordinating or CaseState.Fixed or CaseState.Published => true,
            _ => @case.ExtraTriage is null,
        };

        var decision = table.Decide(
        [
            new("Report Public", @case.ReportPublic ? "Yes" : "No"),
            new("Supplier Contacted", @case.SupplierContacted ? "Yes" : "No"),
            new("Report Credibility", credible ? "Credible" : "Not Credible"),
            new("Supplier Cardinality", @case.MultipleSuppliers ? "Multiple" : "One"),
            new("Supplier Engagement", @case.SupplierUnresponsive ? "Unresponsive" : "Active"),
            new("Utility", (automatable, concentrated) switch { (true, true) => "Super Effective", (false, false) => "Laborious", _ => "Efficient" }),
            new("Public Safety Impact", Is("S", "P") || Is("MSI", "S") || Is("MSA", "S") ? "Significant" : "Minimal"),
        ]);
        if (decision.Outcome is not { } outcome)
        {
            throw new InvalidOperationException($"The table {table.Id} did not decide: {string.Join("; ", decision.Errors)}");
        }

        return new CaseTriageView(outcome.Name.ToLowerInvariant(), table.Id, [.. decision.Path.Select(s => new TriageStep(s.DecisionPoint.Name, s.Value.Name))]);
    }

    /// <summary>The metrics of a CVSS vector (already checked at intake) by abbreviation; the version prefix is skipped.</summary>
    private static Dictionary<string, string> Metrics(string? vector) =>
        (vector ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(':', 2))
            .Where(kv => kv.Length == 2 && kv[0] != "CVSS")
            .GroupBy(kv => kv[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
}
