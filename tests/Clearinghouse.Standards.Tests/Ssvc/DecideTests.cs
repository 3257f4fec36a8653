using static Clearinghouse.Standards.Tests.Ssvc.RealTables;

namespace Clearinghouse.Standards.Tests.Ssvc;

public sealed class DecideTests
{
    [Fact]
    public void The_CISA_Coordinator_table_decides_Act_and_shows_the_path_that_led_there()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "active", "Automatable", "yes", "Technical Impact", "total", "Mission and Well-Being Impact", "high"));

        Assert.True(decision.IsDecided);
        Assert.Equal("Act", decision.Outcome.Name);
        Assert.Equal("AC", decision.Outcome.Key);
        Assert.Equal(
            ["Exploitation: Active", "Automatable: Yes", "Technical Impact: Total", "Mission and Well-Being Impact: High"],
            decision.Path.Select(s => s.ToString()));
        Assert.Equal(
            "Exploitation: Active, Automatable: Yes, Technical Impact: Total, Mission and Well-Being Impact: High -> CISA Levels: Act",
            decision.ToString());
        Assert.Empty(decision.Errors);
    }

    [Fact]
    public void Inputs_may_name_decision_points_by_id_key_or_name_and_values_by_key_or_name_ignoring_case()
    {
        var byNames = Coordinator.Decide(Inputs("exploitation", "PUBLIC poc", "automatable", "No", "technical impact", "TOTAL", "mission and well-being impact", "medium"));
        var byKeys = Coordinator.Decide(Inputs("E", "P", "A", "N", "TI", "T", "MWI", "M"));
        var byIds = Coordinator.Decide(Inputs("ssvc:E:1.1.0", "p", "ssvc:A:2.0.0", "n", "ssvc:TI:1.0.0", "t", "ssvc:MWI:1.0.0", "m"));

        foreach (var decision in new[] { byNames, byKeys, byIds })
        {
            Assert.True(decision.IsDecided, decision.ToString());
            Assert.Equal("Track*", decision.Outcome.Name);
            Assert.Equal("Public PoC", decision.Path[0].Value.Name);
        }
    }

    [Fact]
    public void Track_star_is_found_by_its_key_and_by_its_name()
    {
        var levels = Coordinator.Outcome;
        Assert.Equal("Track*", levels.FindValue("T*")!.Name);
        Assert.Equal("Track*", levels.FindValue("track*")!.Name);
        Assert.Equal("Track", levels.FindValue("T")!.Name);
        Assert.Equal("Attend", levels.FindValue("at")!.Name);
    }

    [Fact]
    public void An_unknown_decision_point_is_named_with_the_inputs_the_table_takes()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "none", "Automatable", "no", "Technical Impact", "partial", "Mission and Well-Being Impact", "low", "Exposure", "open"));

        Assert.False(decision.IsDecided);
        Assert.Null(decision.Outcome);
        Assert.Empty(decision.Path);
        var error = Assert.Single(decision.Errors);
        Assert.Equal(
            "'Exposure' is not a decision point of CISA Coordinator 2.0.3 (cisa:DT_CO:2.0.3); its inputs are Exploitation (E), Automatable (A), Technical Impact (TI), Mission and Well-Being Impact (MWI)",
            error);
    }

    [Fact]
    public void An_unknown_value_is_named_with_the_values_the_decision_point_has()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "maybe", "Automatable", "no", "Technical Impact", "partial", "Mission and Well-Being Impact", "low"));

        var error = Assert.Single(decision.Errors);
        Assert.Equal("'maybe' is not a value of Exploitation (ssvc:E:1.1.0); its values are None (N), Public PoC (P), Active (A)", error);
    }

    [Fact]
    public void A_missing_input_is_named_with_the_values_it_could_take()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "none", "Automatable", "no", "Technical Impact", "partial"));

        var error = Assert.Single(decision.Errors);
        Assert.Equal("Mission and Well-Being Impact (ssvc:MWI:1.0.0) is missing: give one of Low (L), Medium (M), High (H)", error);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_not_just_the_first()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "maybe", "Colour", "red"));

        Assert.Equal(5, decision.Errors.Count);
        Assert.Contains(decision.Errors, e => e.StartsWith("'maybe' is not a value of Exploitation", StringComparison.Ordinal));
        Assert.Contains(decision.Errors, e => e.StartsWith("'Colour' is not a decision point", StringComparison.Ordinal));
        Assert.Equal(3, decision.Errors.Count(e => e.Contains("is missing", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_input_given_twice_under_two_names_is_refused()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "none", "E", "active", "Automatable", "no", "Technical Impact", "partial", "Mission and Well-Being Impact", "low"));

        var error = Assert.Single(decision.Errors);
        Assert.Equal("Exploitation (ssvc:E:1.1.0) is given twice: as 'Exploitation' and as 'E'", error);
    }

    [Fact]
    public void The_outcome_decision_point_is_not_an_input()
    {
        var decision = Coordinator.Decide(Inputs("Exploitation", "none", "Automatable", "no", "Technical Impact", "partial", "Mission and Well-Being Impact", "low", "CISA Levels", "Act"));

        var error = Assert.Single(decision.Errors);
        Assert.Equal("CISA Levels (cisa:CISA:1.1.0) is the outcome of CISA Coordinator 2.0.3 (cisa:DT_CO:2.0.3), not an input", error);
    }

    [Fact]
    public void A_KEV_listed_publicly_exposed_automatable_total_impact_asset_needs_3_days_and_a_forensic_triage_under_BOD_26_04()
    {
        var decision = Bod2604.Decide(Inputs("In KEV", "yes", "Publicly Exposed", "yes", "Automatable", "yes", "Technical Impact", "total"));

        Assert.Equal("3 days & forensic investigation", decision.Outcome!.Name);
        Assert.Equal("3DF", decision.Outcome.Key);
        // The path follows the order of the document's decision points (Publicly Exposed before In KEV).
        Assert.Equal(["Publicly Exposed: Yes", "In KEV: Yes", "Automatable: Yes", "Technical Impact: Total"], decision.Path.Select(s => s.ToString()));
    }

    [Fact]
    public void Coordinator_triage_declines_a_public_report_that_is_not_credible_and_of_little_use()
    {
        var decision = Triage.Decide(Inputs(
            "Report Public", "yes", "Supplier Contacted", "no", "Report Credibility", "not credible", "Supplier Cardinality", "one",
            "Supplier Engagement", "active", "Utility", "laborious", "Public Safety Impact", "minimal"));

        Assert.Equal("Decline", decision.Outcome!.Name);
        Assert.Contains(decision.Path, s => s.ToString() == "Report Credibility: Not Credible");
    }

    [Fact]
    public void The_published_triage_table_still_coordinates_some_reports_it_finds_not_credible()
    {
        // CERT/CC's table 1.0.0 does not make "not credible" a cut-off: 78 of its 96 not-credible rows decline,
        // 10 track and 8 coordinate, such as this one (multiple unresponsive suppliers, super effective, significant).
        var decision = Triage.Decide(Inputs(
            "Report Public", "no", "Supplier Contacted", "no", "Report Credibility", "not credible", "Supplier Cardinality", "multiple",
            "Supplier Engagement", "unresponsive", "Utility", "super effective", "Public Safety Impact", "significant"));

        Assert.Equal("Coordinate", decision.Outcome!.Name);
        var notCredible = Triage.Mapping.Where(r => r.Inputs[2].Key == "NC").GroupBy(r => r.Outcome.Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Decline"] = 78, ["Track"] = 10, ["Coordinate"] = 8 }, notCredible);
    }

    [Fact]
    public void Coordinator_triage_coordinates_a_credible_unpublished_report_with_significant_public_safety_impact()
    {
        var decision = Triage.Decide(Inputs(
            "RP", "N", "SCON", "N", "RC", "C", "SC", "M", "SE", "U", "U", "S", "PSI", "S"));

        Assert.Equal("Coordinate", decision.Outcome!.Name);
        Assert.Equal(7, decision.Path.Count);
    }
}
