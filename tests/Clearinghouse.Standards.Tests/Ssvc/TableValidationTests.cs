using System.Text.Json.Nodes;
using Clearinghouse.Standards.Json;
using static Clearinghouse.Standards.Tests.Ssvc.RealTables;

namespace Clearinghouse.Standards.Tests.Ssvc;

/// <summary>A table is used whole or not at all: every problem in the document is reported with its JSON pointer.</summary>
public sealed class TableValidationTests
{
    private const string Small = """
        {
          "namespace": "x_example.test#tests", "key": "DT_SMALL", "version": "1.0.0", "name": "Small", "definition": "Two by two.",
          "schemaVersion": "2.0.0",
          "decision_points": {
            "ssvc:A:2.0.0": { "namespace": "ssvc", "key": "A", "version": "2.0.0", "name": "Automatable", "definition": "d", "schemaVersion": "2.0.0",
              "values": [ { "key": "N", "name": "No", "definition": "d" }, { "key": "Y", "name": "Yes", "definition": "d" } ] },
            "ssvc:TI:1.0.0": { "namespace": "ssvc", "key": "TI", "version": "1.0.0", "name": "Technical Impact", "definition": "d", "schemaVersion": "2.0.0",
              "values": [ { "key": "P", "name": "Partial", "definition": "d" }, { "key": "T", "name": "Total", "definition": "d" } ] },
            "x_example.test#tests:O:1.0.0": { "namespace": "x_example.test#tests", "key": "O", "version": "1.0.0", "name": "Outcome", "definition": "d", "schemaVersion": "2.0.0",
              "values": [ { "key": "L", "name": "Later", "definition": "d" }, { "key": "N", "name": "Now", "definition": "d" } ] }
          },
          "outcome": "x_example.test#tests:O:1.0.0",
          "mapping": [
            { "ssvc:A:2.0.0": "N", "ssvc:TI:1.0.0": "P", "x_example.test#tests:O:1.0.0": "L" },
            { "ssvc:A:2.0.0": "N", "ssvc:TI:1.0.0": "T", "x_example.test#tests:O:1.0.0": "L" },
            { "ssvc:A:2.0.0": "Y", "ssvc:TI:1.0.0": "P", "x_example.test#tests:O:1.0.0": "L" },
            { "ssvc:A:2.0.0": "Y", "ssvc:TI:1.0.0": "T", "x_example.test#tests:O:1.0.0": "N" }
          ]
        }
        """;

    private static IReadOnlyList<JsonDiagnostic> Problems(string json)
    {
        var result = LoadText(json);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return result.Diagnostics;
    }

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    [Fact]
    public void A_small_well_formed_table_of_our_own_loads_and_decides()
    {
        var result = LoadText(Small);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("x_example.test#tests:DT_SMALL:1.0.0", result.Value.Id);
        Assert.Equal("Now", result.Value.Decide(Inputs("Automatable", "yes", "Technical Impact", "total")).Outcome!.Name);
    }

    [Fact]
    public void A_table_whose_mapping_misses_a_combination_is_refused_naming_the_combination()
    {
        var json = Edit(Small, t => t["mapping"]!.AsArray().RemoveAt(2));

        var problem = Assert.Single(Problems(json));
        Assert.Equal("/mapping", problem.Location);
        Assert.Equal("no row for Automatable: Yes, Technical Impact: Partial", problem.Reason);
    }

    [Fact]
    public void The_real_CISA_Coordinator_table_with_one_row_removed_is_refused()
    {
        var json = Edit(Text("cisa/cisa_coordinator_2_0_3"), t => t["mapping"]!.AsArray().RemoveAt(35));

        var problem = Assert.Single(Problems(json));
        Assert.Equal("/mapping: no row for Exploitation: Active, Automatable: Yes, Technical Impact: Total, Mission and Well-Being Impact: High", problem.ToString());
    }

    [Fact]
    public void A_table_with_many_missing_combinations_names_the_first_ten_and_counts_the_rest()
    {
        var json = Edit(Text("cisa/cisa_coordinator_2_0_3"), t => t["mapping"] = new JsonArray());

        var problems = Problems(json);
        Assert.Equal(11, problems.Count);
        Assert.Equal("and no row for 26 more combinations (36 of 36 missing)", problems[^1].Reason);
    }

    [Fact]
    public void A_combination_mapped_twice_is_refused_even_with_the_same_outcome()
    {
        var json = Edit(Small, t => t["mapping"]!.AsArray().Add(JsonNode.Parse("""{ "ssvc:A:2.0.0": "N", "ssvc:TI:1.0.0": "P", "x_example.test#tests:O:1.0.0": "L" }""")));

        var problem = Assert.Single(Problems(json));
        Assert.Equal("/mapping/4", problem.Location);
        Assert.Equal("the same inputs as /mapping/0 (Automatable: No, Technical Impact: Partial); each combination must appear exactly once", problem.Reason);
    }

    [Fact]
    public void A_mapping_value_that_the_decision_point_does_not_have_is_refused()
    {
        var json = Edit(Small, t => t["mapping"]![1]!["ssvc:TI:1.0.0"] = "X");

        var problems = Problems(json);
        Assert.Equal("/mapping/1/ssvc:TI:1.0.0: 'X' is not a value key of Technical Impact (ssvc:TI:1.0.0); its keys are P, T", problems[0].ToString());
        Assert.Equal("/mapping: no row for Automatable: No, Technical Impact: Total", problems[1].ToString());
    }

    [Fact]
    public void A_mapping_row_naming_an_unknown_decision_point_or_lacking_one_is_refused()
    {
        var json = Edit(Small, t =>
        {
            var row = t["mapping"]![0]!.AsObject();
            row.Remove("ssvc:A:2.0.0");
            row["ssvc:X:1.0.0"] = "N";
        });

        var problems = Problems(json).Select(p => p.ToString()).ToList();
        Assert.Contains("/mapping/0/ssvc:X:1.0.0: not a decision point of this table", problems);
        Assert.Contains("/mapping/0: no value for Automatable (ssvc:A:2.0.0)", problems);
    }

    [Fact]
    public void An_outcome_that_is_not_one_of_the_decision_points_is_refused()
    {
        var json = Edit(Small, t => t["outcome"] = "cisa:CISA:1.1.0");

        var problem = Assert.Single(Problems(json));
        Assert.Equal("/outcome", problem.Location);
        Assert.StartsWith("'cisa:CISA:1.1.0' is not one of the decision points", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_values_with_the_same_name_ignoring_case_are_refused_because_inputs_are_matched_by_name()
    {
        var json = Edit(Small, t => t["decision_points"]!["ssvc:A:2.0.0"]!["values"]![1]!["name"] = "NO");

        var problem = Assert.Single(Problems(json));
        Assert.Equal("/decision_points/ssvc:A:2.0.0/values/1/name", problem.Location);
    }

    [Fact]
    public void A_name_shared_by_two_decision_points_is_ambiguous_in_Decide_and_the_id_resolves_it()
    {
        var table = LoadText(Edit(Small, t => t["decision_points"]!["x_example.test#tests:O:1.0.0"]!["name"] = "Automatable")).Value!;

        var ambiguous = table.Decide(Inputs("Automatable", "yes", "TI", "T"));
        var byId = table.Decide(Inputs("ssvc:A:2.0.0", "yes", "TI", "T"));

        Assert.Contains("'Automatable' names more than one decision point of Small 1.0.0 (x_example.test#tests:DT_SMALL:1.0.0); use the id, e.g. ssvc:A:2.0.0", ambiguous.Errors);
        Assert.Equal("Now", byId.Outcome!.Name);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_refused_with_its_line()
    {
        var problem = Assert.Single(Problems("{\n  \"namespace\": \"ssvc\",\n  \"key\": oops\n}"));

        Assert.Equal("line 3, byte 10", problem.Location);
        Assert.StartsWith("not valid JSON: ", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_schema_version_and_missing_fields_are_reported_together()
    {
        var json = Edit(Small, t =>
        {
            t["schemaVersion"] = "1.0.1";
            t.Remove("name");
            t.Remove("mapping");
        });

        Assert.Equal(
            [
                "/schemaVersion: schema version '1.0.1' is not supported; this reader knows DecisionTable 2.0.0",
                "/name: missing",
                "/mapping: missing: the mapping is what the table decides with",
            ],
            Problems(json).Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("[]", ": a decision table is a JSON object, not an array")]
    [InlineData("{}", "/schemaVersion: missing")]
    public void Documents_that_are_not_tables_are_refused_without_an_exception(string json, string first)
    {
        Assert.EndsWith(first, Problems(json)[0].ToString(), StringComparison.Ordinal);
    }
}
