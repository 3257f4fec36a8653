namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// The default Mission and Well-Being Impact of a critical infrastructure operator, from its sector and size tier,
/// which an organization may override. The reasoning, sector by sector, is in docs/guide/ssvc-mission-wellbeing.md.
/// </summary>
/// <remarks>
/// <para>
/// Mission and Well-Being Impact combines Mission Prevalence and Public Well-Being Impact (<see cref="Combine"/>).
/// Neither can be known exactly from a sector and a size; the defaults are chosen so that an operator whose compromise
/// can hurt people is never ranked below one whose compromise costs money, and so that being small never lowers the
/// impact: a small rural hospital is often the only emergency care within reach, and a small water district still
/// doses chemicals into a town's drinking water.
/// </para>
/// <para>
/// Mission Prevalence: <see cref="Ssvc.MissionPrevalence.Support"/> for small, medium and large operators (the
/// vulnerable component is assumed to support the mission; only the operator knows whether it is essential or
/// peripheral), <see cref="Ssvc.MissionPrevalence.Essential"/> for national ones, whose mission essential functions are
/// national critical functions.
/// </para>
/// <para>
/// Public Well-Being Impact: <see cref="Ssvc.PublicWellbeingImpact.Irreversible"/> at every size for chemical,
/// communications, dams, emergency-services, energy, healthcare, nuclear, transportation and water (a compromise can
/// kill: toxic releases, lost 911 calls, floods, delayed ambulances, power cuts in winter, diverted patients,
/// radiological releases, collisions, poisoned water). Information-technology is
/// <see cref="Ssvc.PublicWellbeingImpact.Material"/> for small and medium providers and Irreversible for large and
/// national ones, whose compromise cascades into hospitals and utilities. Financial and government-facilities are
/// Material, and Irreversible at national scale (SSVC's own examples of Irreversible: the financial grid, elections).
/// Critical-manufacturing, defense-industrial-base and food-agriculture are Material (occupational hazards, major
/// economic harm, supply disruption). Commercial-facilities is Minimal for small operators and Material from medium
/// up (crowds in venues).
/// </para>
/// <para>
/// So the default is High for the nine life-safety sectors at every size, and for every national operator; Medium
/// otherwise (High for large information-technology providers). Low is never a default: the Coordinator table's Low
/// needs Mission Prevalence Minimal, which only the organization can assert, through the override.
/// </para>
/// </remarks>
public static class MissionWellbeing
{
    private static readonly Dictionary<string, PublicWellbeingImpact[]> WellbeingBySector = new(StringComparer.Ordinal)
    {
        // Public Well-Being Impact for small, medium, large, national.
        ["chemical"] = Every(PublicWellbeingImpact.Irreversible),
        ["commercial-facilities"] = [PublicWellbeingImpact.Minimal, PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Material],
        ["communications"] = Every(PublicWellbeingImpact.Irreversible),
        ["critical-manufacturing"] = Every(PublicWellbeingImpact.Material),
        ["dams"] = Every(PublicWellbeingImpact.Irreversible),
        ["defense-industrial-base"] = Every(PublicWellbeingImpact.Material),
        ["emergency-services"] = Every(PublicWellbeingImpact.Irreversible),
        ["energy"] = Every(PublicWellbeingImpact.Irreversible),
        ["financial"] = [PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Irreversible],
        ["food-agriculture"] = Every(PublicWellbeingImpact.Material),
        ["government-facilities"] = [PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Irreversible],
        ["healthcare"] = Every(PublicWellbeingImpact.Irreversible),
        ["information-technology"] = [PublicWellbeingImpact.Material, PublicWellbeingImpact.Material, PublicWellbeingImpact.Irreversible, PublicWellbeingImpact.Irreversible],
        ["nuclear"] = Every(PublicWellbeingImpact.Irreversible),
        ["transportation"] = Every(PublicWellbeingImpact.Irreversible),
        ["water"] = Every(PublicWellbeingImpact.Irreversible),
    };

    /// <summary>The sixteen critical infrastructure sectors, as the clearinghouse writes them (<c>healthcare</c>, <c>food-agriculture</c>, ...).</summary>
    public static IReadOnlyList<string> Sectors { get; } = [.. WellbeingBySector.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The size tiers, smallest first: <c>small</c>, <c>medium</c>, <c>large</c>, <c>national</c>.</summary>
    public static IReadOnlyList<string> SizeTiers { get; } = ["small", "medium", "large", "national"];

    /// <summary>
    /// CISA's rule: High when Mission Prevalence is Essential or Public Well-Being Impact is Irreversible; Low when both
    /// are Minimal; Medium otherwise (the decision point's definitions leave Minimal with Material unnamed; CISA's SSVC
    /// guide places it at Medium).
    /// </summary>
    public static MissionWellbeingImpact Combine(MissionPrevalence prevalence, PublicWellbeingImpact wellbeing) =>
        prevalence == MissionPrevalence.Essential || wellbeing == PublicWellbeingImpact.Irreversible ? MissionWellbeingImpact.High
        : prevalence == MissionPrevalence.Minimal && wellbeing == PublicWellbeingImpact.Minimal ? MissionWellbeingImpact.Low
        : MissionWellbeingImpact.Medium;

    /// <summary>
    /// The Mission and Well-Being Impact for an operator in <paramref name="sector"/> of <paramref name="sizeTier"/>
    /// (both as the clearinghouse writes them, case ignored), or the organization's own value when
    /// <paramref name="organizationOverride"/> is given; then sector and tier may be null (an organization that is not a
    /// critical infrastructure operator). Never throws: an unknown sector or tier without an override gives an error.
    /// </summary>
    public static MissionWellbeingAssessment Assess(string? sector, string? sizeTier, MissionWellbeingImpact? organizationOverride = null)
    {
        var tier = sizeTier is null ? -1 : IndexOfTier(sizeTier);
        var wellbeings = sector is null ? null : WellbeingBySector.GetValueOrDefault(sector.ToLowerInvariant());
        MissionPrevalence? prevalence = tier < 0 ? null : tier == 3 ? Ssvc.MissionPrevalence.Essential : Ssvc.MissionPrevalence.Support;
        PublicWellbeingImpact? wellbeing = tier < 0 || wellbeings is null ? null : wellbeings[tier];
        var byDefault = prevalence is { } p && wellbeing is { } w ? Combine(p, w) : (MissionWellbeingImpact?)null;
        var basis = byDefault is null ? null
            : $"{sector!.ToLowerInvariant()}, {SizeTiers[tier]}: Mission Prevalence {prevalence} ({(tier == 3 ? "a national operator's functions are national critical functions" : "assumed to support the mission")}), "
              + $"Public Well-Being Impact {wellbeing} (the default for {sector.ToLowerInvariant()} at {SizeTiers[tier]} size) -> {byDefault}";

        if (organizationOverride is { } given)
        {
            var reason = $"set by the organization to {given}" + (basis is null ? "" : $"; the default would be {basis}");
            return new MissionWellbeingAssessment(given, prevalence, wellbeing, true, reason, null);
        }

        if (byDefault is not null)
        {
            return new MissionWellbeingAssessment(byDefault, prevalence, wellbeing, false, basis!, null);
        }

        var problems = new List<string>();
        if (wellbeings is null)
        {
            problems.Add(sector is null ? "no sector is given" : $"'{sector}' is not a sector; the sectors are {string.Join(", ", Sectors)}");
        }

        if (tier < 0)
        {
            problems.Add(sizeTier is null ? "no size tier is given" : $"'{sizeTier}' is not a size tier; the tiers are {string.Join(", ", SizeTiers)}");
        }

        var error = string.Join("; ", problems) + "; give both, or the organization's own Mission and Well-Being Impact";
        return new MissionWellbeingAssessment(null, prevalence, wellbeing, false, error, error);
    }

    private static int IndexOfTier(string sizeTier)
    {
        for (var i = 0; i < SizeTiers.Count; i++)
        {
            if (string.Equals(SizeTiers[i], sizeTier, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static PublicWellbeingImpact[] Every(PublicWellbeingImpact impact) => [impact, impact, impact, impact];
}
