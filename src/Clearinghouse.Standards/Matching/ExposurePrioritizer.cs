using System.Globalization;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Remediation;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// Prioritizes exposures the same way on the server and offline: the SSVC Coordinator decision (Exploitation from KEV,
/// Automatable and Technical Impact from the CVSS vector, Mission and Well-Being Impact from the operator raised or
/// lowered by the asset's criticality), then KEV membership, CVSS, fix availability and the number of exposed assets;
/// the due date from BOD 26-04 for federal agencies (Publicly Exposed from the asset's declaration) and from the
/// clearinghouse's SSVC policy otherwise. The decision tables are CERT/CC's documents, given by the caller.
/// </summary>
public sealed class ExposurePrioritizer
{
    private static readonly string[] Outcomes = ["T", "T*", "AT", "AC"];
    private readonly SsvcDecisionTable? coordinator;
    private readonly RemediationPolicy? federal;
    private readonly RemediationPolicy? others;

    /// <summary>Whether the prioritizer decides with <paramref name="table"/>: CISA's Coordinator and BOD 26-04 tables, as the remediation policies name them.</summary>
    public static bool Uses(SsvcDecisionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Id is "cisa:DT_CO:2.0.3" or "cisa:DT_BOD2604:1.0.0";
    }

    /// <summary>A prioritizer over the given decision tables (<c>cisa:DT_CO:2.0.3</c> and <c>cisa:DT_BOD2604:1.0.0</c>); missing tables are named in <see cref="Problems"/>.</summary>
    public ExposurePrioritizer(IEnumerable<SsvcDecisionTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        var problems = new List<string>();
        federal = Load(RemediationPolicies.Bod2604, list, problems);
        others = Load(RemediationPolicies.ClearinghouseSsvc, list, problems);
        coordinator = others?.Table;
        Problems = problems;
    }

    /// <summary>Why a policy could not be loaded; exposures are then ordered without a due date.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The priority of one exposure.</summary>
    public ExposurePriority Prioritize(ExposureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var vulnerability = facts.Match.Vulnerability;
        var kev = vulnerability.Kev;
        var cvss = vulnerability.Cvss;
        var (automatable, totalImpact) = Reading(cvss);
        var impact = Adjust(facts.OperatorImpact ?? MissionWellbeingImpact.Medium, facts.Criticality);
        var decisionInputs = new Dictionary<string, string>
        {
            ["E"] = kev is null ? "N" : "A",
            ["A"] = automatable ? "Y" : "N",
            ["TI"] = totalImpact ? "T" : "P",
            ["MWI"] = impact switch { MissionWellbeingImpact.Low => "L", MissionWellbeingImpact.Medium => "M", _ => "H" },
        };
        var decision = coordinator?.Decide(decisionInputs);
        var outcome = decision?.Outcome;
        var rank = outcome is null ? 0 : Math.Max(0, Array.IndexOf(Outcomes, outcome.Key));

        var policy = facts.FederalAgency ? federal : others;
        RemediationDue? due = null;
        if (policy is not null)
        {
            var inputs = facts.FederalAgency
                ? new Dictionary<string, string>
                {
                    ["KEV"] = kev is null ? "N" : "Y",
                    ["PE"] = facts.PubliclyExposed ? "Y" : "N",
                    ["A"] = decisionInputs["A"],
                    ["TI"] = decisionInputs["TI"],
                }
                : decisionInputs;
            due = policy.DueDate(new RemediationInputs { KevEntry = kev, Decision = inputs, Since = kev?.DateAdded ?? facts.FirstSeen });
        }

        var upgrade = facts.Match.Upgrade;
        var score = (rank * 100_000L) + (kev is null ? 0 : 10_000) + ((cvss?.Score.Tenths ?? 0) * 100L) + (upgrade is null ? 0 : 50) + Math.Min(facts.ExposedAssets, 49);

        var words = new List<string>
        {
            kev is null ? "no known exploitation" : $"known exploited (CISA KEV since {Day(kev.DateAdded)}" + (kev.IsKnownRansomwareCampaignUse ? ", used by ransomware)" : ")"),
            cvss is { } v ? $"CVSS {v.Score.Value.ToString("0.0", CultureInfo.InvariantCulture)} {v.Severity.ToString().ToLowerInvariant()}" : "no CVSS score",
            upgrade is null ? "no fix published yet" : $"fix available: upgrade {facts.ComponentName} to {upgrade}",
        };
        if (facts.ExposedAssets > 1)
        {
            words.Add($"on {facts.ExposedAssets} of your systems");
        }

        if (facts.Criticality == AssetCriticality.Critical)
        {
            words.Add("critical system");
        }

        if (facts.PubliclyExposed)
        {
            words.Add("reachable from the internet");
        }

        if (outcome is not null)
        {
            words.Add($"SSVC: {outcome.Name}");
        }

        words.Add(due switch
        {
            { DueDate: { } date } => $"due {Day(date)}" + (due.ForensicTriage ? " with a forensic triage of the system" : ""),
            { IsDetermined: true } => "no fixed date: fix with your regular updates",
            _ => "no due date: " + (Problems.Count > 0 ? Problems[0] : string.Join("; ", due?.Errors ?? [])),
        });
        return new ExposurePriority(outcome?.Name, score, due?.DueDate, policy?.Id ?? "none", string.Join("; ", words));
    }

    private static RemediationPolicy? Load(string id, List<SsvcDecisionTable> tables, List<string> problems)
    {
        var loaded = RemediationPolicies.Load(id, tables);
        if (loaded.Value is null)
        {
            problems.Add($"{id}: {string.Join("; ", loaded.Diagnostics)}");
        }

        return loaded.Value;
    }

    // Without a vector, assume the worst of both: an unscored vulnerability is not a harmless one.
    private static (bool Automatable, bool TotalImpact) Reading(CvssVector? cvss)
    {
        if (cvss is not { } vector)
        {
            return (true, true);
        }

        var metrics = vector.ToString().Split('/').Select(m => m.Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        string Metric(string name) => metrics.GetValueOrDefault(name, "");
        var automatable = Metric("AV") == "N" && Metric("AC") == "L" && Metric("PR") == "N" && Metric("UI") is "N" or "";
        var total = vector.Version == CvssVersion.V40
            ? Metric("VC") == "H" && Metric("VI") == "H"
            : Metric("C") is "H" or "C" && Metric("I") is "H" or "C";
        return (automatable, total);
    }

    private static MissionWellbeingImpact Adjust(MissionWellbeingImpact impact, AssetCriticality criticality) => criticality switch
    {
        AssetCriticality.Critical => MissionWellbeingImpact.High,
        AssetCriticality.High => impact < MissionWellbeingImpact.Medium ? MissionWellbeingImpact.Medium : impact,
        AssetCriticality.Low => MissionWellbeingImpact.Low,
        _ => impact,
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
