using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clearinghouse.Standards.Remediation;
using Clearinghouse.Standards.Ssvc;
using Clearinghouse.Standards.Tests.Kev;
using static Clearinghouse.Standards.Tests.Ssvc.RealTables;

namespace Clearinghouse.Standards.Tests.Remediation;

public sealed class RemediationPolicyTests
{
    private static readonly SsvcDecisionTable[] Tables = [Coordinator, Bod2604];

    private static RemediationPolicy Policy(string id)
    {
        var result = RemediationPolicies.Load(id, Tables);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    [Fact]
    public void Every_shipped_policy_loads_against_CERT_CCs_published_tables()
    {
        Assert.Equal([RemediationPolicies.Bod2201, RemediationPolicies.Bod2604, RemediationPolicies.ClearinghouseSsvc], RemediationPolicies.Ids);
        foreach (var id in RemediationPolicies.Ids)
        {
            var policy = Policy(id);
            Assert.Equal(id, policy.Id);
            Assert.Equal("1.0.0", policy.Version);
            Assert.NotEmpty(policy.Description);
        }

        Assert.Same(Tables[1], Policy(RemediationPolicies.Bod2604).Table);
        Assert.Equal(RemediationBasis.KevDueDate, Policy(RemediationPolicies.Bod2201).Basis);
    }

    [Fact]
    public void A_KEV_entry_due_date_follows_BOD_22_01_for_every_entry_of_the_real_catalog()
    {
        var policy = Policy(RemediationPolicies.Bod2201);

        foreach (var entry in RealKev.Load().Entries)
        {
            var due = policy.DueDate(new RemediationInputs { KevEntry = entry });

            Assert.True(due.IsDetermined);
            Assert.Equal(entry.DueDate, due.DueDate);
            Assert.Equal("In KEV", due.Outcome);
            Assert.Empty(due.Path);
        }
    }

    [Fact]
    public void BOD_22_01_explains_the_date_and_flags_one_due_before_it_was_added()
    {
        var policy = Policy(RemediationPolicies.Bod2201);
        var kev = RealKev.Load();

        Assert.Equal(
            "CISA BOD 22-01: CVE-2024-3400 was added to KEV on 2024-04-12; CISA set its due date to 2024-04-19 (7 days)",
            policy.DueDate(new RemediationInputs { KevEntry = kev.Find("CVE-2024-3400") }).Reason);
        Assert.EndsWith(
            "due date to 2020-01-29 (-644 days), before the day it was added: the entry carried over an earlier directive's deadline",
            policy.DueDate(new RemediationInputs { KevEntry = kev.Find("CVE-2020-0601") }).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vulnerability_not_in_KEV_gets_no_date_from_BOD_22_01()
    {
        var due = Policy(RemediationPolicies.Bod2201).DueDate(new RemediationInputs { Since = new DateOnly(2025, 1, 1) });

        Assert.True(due.IsDetermined);
        Assert.Null(due.DueDate);
        Assert.Equal("Not in KEV", due.Outcome);
    }

    [Fact]
    public void Every_BOD_26_04_outcome_maps_to_the_days_its_name_says()
    {
        var policy = Policy(RemediationPolicies.Bod2604);

        foreach (var outcome in policy.Table!.Outcome.Values)
        {
            var timeline = policy.Timelines[outcome.Key];
            var words = outcome.Name.Split(' ');
            var expectedDays = int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            Assert.Equal(expectedDays, timeline.Days);
            Assert.Equal(outcome.Name.Contains("forensic", StringComparison.Ordinal), timeline.ForensicTriage);
        }
    }

    [Fact]
    public void Every_row_of_the_BOD_26_04_table_gives_a_due_date_counted_from_the_day_the_inputs_became_true()
    {
        var policy = Policy(RemediationPolicies.Bod2604);
        var since = new DateOnly(2025, 8, 25);

        foreach (var row in policy.Table!.Mapping)
        {
            var inputs = policy.Table.Inputs.Select((p, i) => new KeyValuePair<string, string>(p.Name, row.Inputs[i].Name));
            var due = policy.DueDate(new RemediationInputs { Decision = inputs, Since = since });

            Assert.True(due.IsDetermined, due.ToString());
            Assert.Equal(row.Outcome.Name, due.Outcome);
            Assert.Equal(4, due.Path.Count);
            var days = policy.Timelines[row.Outcome.Key].Days;
            Assert.Equal(days is { } d ? since.AddDays(d) : null, due.DueDate);
        }
    }

    [Fact]
    public void A_KEV_listed_asset_that_became_publicly_exposed_later_is_due_14_days_after_the_exposure_under_BOD_26_04()
    {
        var kev = RealKev.Load().Find("CVE-2024-8068")!;
        var exposedSince = new DateOnly(2025, 9, 2);

        var due = Policy(RemediationPolicies.Bod2604).DueDate(new RemediationInputs
        {
            Decision = Inputs("In KEV", "yes", "Publicly Exposed", "yes", "Automatable", "no", "Technical Impact", "partial"),
            Since = kev.DateAdded > exposedSince ? kev.DateAdded : exposedSince,
        });

        Assert.Equal("14 days", due.Outcome);
        Assert.Equal(new DateOnly(2025, 9, 16), due.DueDate);
        Assert.False(due.ForensicTriage);
        Assert.Equal(
            "CISA BOD 26-04: Publicly Exposed: Yes, In KEV: Yes, Automatable: No, Technical Impact: Partial -> 14 days: 14 days from 2025-09-02, due 2025-09-16 (remediate within 14 days)",
            due.Reason);
    }

    [Fact]
    public void Fix_on_system_upgrade_has_no_fixed_date_and_3_days_plus_forensics_has_a_date_and_a_flag()
    {
        var policy = Policy(RemediationPolicies.Bod2604);
        var since = new DateOnly(2025, 3, 1);

        var upgrade = policy.DueDate(new RemediationInputs { Decision = Inputs("KEV", "N", "PE", "N", "A", "N", "TI", "T"), Since = since });
        var forensic = policy.DueDate(new RemediationInputs { Decision = Inputs("KEV", "Y", "PE", "N", "A", "Y", "TI", "T"), Since = since });

        Assert.True(upgrade.IsDetermined);
        Assert.Equal("Fix on system upgrade", upgrade.Outcome);
        Assert.Null(upgrade.DueDate);
        Assert.Null(upgrade.Days);
        Assert.EndsWith("no fixed date (remediate the next time the asset receives a scheduled major upgrade or rebuild)", upgrade.Reason, StringComparison.Ordinal);
        Assert.Equal("3 days & forensic investigation", forensic.Outcome);
        Assert.Equal(new DateOnly(2025, 3, 4), forensic.DueDate);
        Assert.True(forensic.ForensicTriage);
    }

    [Fact]
    public void A_dated_outcome_without_the_start_day_is_an_error_that_still_shows_the_outcome_and_path()
    {
        var due = Policy(RemediationPolicies.Bod2604).DueDate(new RemediationInputs { Decision = Inputs("KEV", "Y", "PE", "Y", "A", "Y", "TI", "P") });

        Assert.False(due.IsDetermined);
        Assert.Equal("3 days", due.Outcome);
        Assert.Equal(4, due.Path.Count);
        Assert.Null(due.DueDate);
        Assert.Equal("3 days allows 3 days from the day the inputs became true; that day (Since) is not given", Assert.Single(due.Errors));
    }

    [Fact]
    public void Bad_SSVC_inputs_give_the_tables_errors()
    {
        var due = Policy(RemediationPolicies.Bod2604).DueDate(new RemediationInputs { Decision = Inputs("In KEV", "perhaps"), Since = new DateOnly(2025, 1, 1) });

        Assert.False(due.IsDetermined);
        Assert.Null(due.Outcome);
        Assert.Equal(4, due.Errors.Count);
        Assert.StartsWith("'perhaps' is not a value of In KEV (cisa:KEV:1.0.0)", due.Errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("active", "yes", "total", "High", "Act", 7)]
    [InlineData("active", "no", "partial", "High", "Attend", 30)]
    [InlineData("public PoC", "no", "total", "Medium", "Track*", 90)]
    [InlineData("none", "no", "partial", "Low", "Track", null)]
    public void The_clearinghouse_policy_maps_Coordinator_outcomes_to_days(string exploitation, string automatable, string impact, string mwi, string outcome, int? days)
    {
        var since = new DateOnly(2025, 6, 1);

        var due = Policy(RemediationPolicies.ClearinghouseSsvc).DueDate(new RemediationInputs
        {
            Decision = Inputs("Exploitation", exploitation, "Automatable", automatable, "Technical Impact", impact, "Mission and Well-Being Impact", mwi),
            Since = since,
        });

        Assert.True(due.IsDetermined, due.ToString());
        Assert.Equal(outcome, due.Outcome);
        Assert.Equal(days, due.Days);
        Assert.Equal(days is { } d ? since.AddDays(d) : null, due.DueDate);
    }

    [Fact]
    public void A_rural_hospital_running_PAN_OS_must_act_on_CVE_2024_3400_within_7_days_of_CISAs_assessment()
    {
        var record = CveSsvcReader.Read(File.ReadAllBytes(TestData.Path("cve", "vulnrichment", "2024", "3xxx", "CVE-2024-3400.json")));
        var assessment = Assert.Single(record.Assessments);
        var hospital = MissionWellbeing.Assess("healthcare", "small");

        var due = Policy(RemediationPolicies.ClearinghouseSsvc).DueDate(new RemediationInputs
        {
            Decision = assessment.ToDecisionInputs(hospital.Impact!.Value),
            Since = DateOnly.FromDateTime(assessment.Timestamp!.Value.UtcDateTime),
        });

        Assert.Equal("Act", due.Outcome);
        Assert.Equal(new DateOnly(2024, 4, 24), due.DueDate);
        Assert.StartsWith(
            "Clearinghouse SSVC timelines: Exploitation: Active, Automatable: Yes, Technical Impact: Total, Mission and Well-Being Impact: High -> Act: 7 days from 2024-04-17, due 2024-04-24",
            due.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_version_of_a_policy_is_a_new_document_not_new_code()
    {
        var document = JsonNode.Parse(RemediationPolicies.Document(RemediationPolicies.Bod2604)!.Value.Span)!.AsObject();
        document["version"] = "1.1.0";
        document["timelines"]!["60D"]!["days"] = 45;

        var result = RemediationPolicy.Load(Encoding.UTF8.GetBytes(document.ToJsonString()), Tables);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var due = result.Value.DueDate(new RemediationInputs { Decision = Inputs("KEV", "N", "PE", "Y", "A", "N", "TI", "P"), Since = new DateOnly(2026, 1, 1) });
        Assert.Equal(("1.1.0", 45, new DateOnly(2026, 2, 15)), (due.PolicyVersion, due.Days, due.DueDate));
    }

    [Fact]
    public void An_unknown_policy_id_or_version_is_a_diagnostic()
    {
        Assert.Equal(
            ": no policy 'bod-99-01' is shipped; the policies are cisa-bod-22-01, cisa-bod-26-04, clearinghouse-ssvc",
            Assert.Single(RemediationPolicies.Load("bod-99-01", Tables).Diagnostics).ToString().Replace("(document)", "", StringComparison.Ordinal));
        Assert.Contains("its versions are 1.0.0", Assert.Single(RemediationPolicies.Load(RemediationPolicies.Bod2604, Tables, "9.9.9").Diagnostics).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_SSVC_policy_whose_table_is_not_given_is_refused()
    {
        var problem = Assert.Single(RemediationPolicies.Load(RemediationPolicies.ClearinghouseSsvc, [Bod2604]).Diagnostics);

        Assert.Equal("/decisionTable: the decision table 'cisa:DT_CO:2.0.3' is not among the tables given (cisa:DT_BOD2604:1.0.0)", problem.ToString());
    }

    [Fact]
    public void A_policy_document_with_a_missing_or_unknown_outcome_or_bad_days_is_refused_with_pointers()
    {
        var document = JsonNode.Parse(RemediationPolicies.Document(RemediationPolicies.ClearinghouseSsvc)!.Value.Span)!.AsObject();
        var timelines = document["timelines"]!.AsObject();
        timelines.Remove("T*");
        timelines["X"] = JsonNode.Parse("""{ "days": 1 }""");
        timelines["AT"]!["days"] = -3;
        timelines["AC"]!["forensicTriage"] = "yes";
        document["format"] = "something-else/2";

        var result = RemediationPolicy.Load(Encoding.UTF8.GetBytes(document.ToJsonString()), Tables);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "/format: 'something-else/2' is not a policy format this reader knows (clearinghouse.remediation-policy/1)",
                "/timelines/AC/forensicTriage: must be true or false, not a string",
                "/timelines/AT/days: must be a whole number of days from 0 to 3650, or null",
                "/timelines/X: 'X' is not an outcome key of CISA Levels (cisa:CISA:1.1.0); its keys are T, T*, AT, AC",
                "/timelines: no timeline for the outcome Track* (T*)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_KEV_due_date_policy_with_timelines_is_refused()
    {
        var json = """{ "format": "clearinghouse.remediation-policy/1", "id": "x", "version": "1.0.0", "name": "X", "basis": "kev-due-date", "timelines": {} }""";

        Assert.Equal("/timelines", Assert.Single(RemediationPolicy.Load(Encoding.UTF8.GetBytes(json), []).Diagnostics).Location);
    }
}
