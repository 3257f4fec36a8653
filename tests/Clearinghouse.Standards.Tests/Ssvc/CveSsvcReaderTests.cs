using System.Text;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Tests.Ssvc;

/// <summary>CISA's own SSVC assessments in the Vulnrichment ADP containers of the real CVE records.</summary>
public sealed partial class CveSsvcReaderTests
{
    private static IEnumerable<string> RecordPaths() =>
        Directory.EnumerateFiles(TestData.Path("cve"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static CveSsvcReadResult Read(string json) => CveSsvcReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Every_Vulnrichment_SSVC_block_reads_and_the_Coordinator_table_decides_it_with_a_path()
    {
        var table = RealTables.Coordinator;
        var read = 0;
        var expected = 0;
        var problems = new List<string>();
        var outcomes = new Dictionary<string, int>();
        foreach (var path in RecordPaths())
        {
            var bytes = File.ReadAllBytes(path);
            expected += SsvcTypePattern().Count(Encoding.UTF8.GetString(bytes));
            var result = CveSsvcReader.Read(bytes);
            problems.AddRange(result.Diagnostics.Select(d => $"{Path.GetFileName(path)} {d}"));
            foreach (var assessment in result.Assessments)
            {
                read++;
                Assert.Equal("CISA-ADP", assessment.Provider);
                Assert.Equal("CISA Coordinator", assessment.Role);
                Assert.Equal(table.Version, assessment.Version);
                Assert.Equal(Path.GetFileNameWithoutExtension(path), assessment.CveId);
                Assert.NotNull(assessment.Timestamp);
                foreach (var impact in Enum.GetValues<MissionWellbeingImpact>())
                {
                    var decision = table.Decide(assessment.ToDecisionInputs(impact));
                    if (!decision.IsDecided)
                    {
                        problems.Add($"{Path.GetFileName(path)} {assessment}: {decision}");
                        continue;
                    }

                    Assert.Equal(4, decision.Path.Count);
                    Assert.Equal(impact.ToString(), decision.Path[3].Value.Name);
                    outcomes[decision.Outcome.Name] = outcomes.GetValueOrDefault(decision.Outcome.Name) + 1;
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(read >= 900, $"only {read} SSVC blocks under {TestData.Path("cve")}");
        Assert.Equal(expected, read);
        Assert.Equal(["Act", "Attend", "Track", "Track*"], outcomes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PAN_OS_CVE_2024_3400_is_Act_for_a_high_impact_organization_and_Attend_for_a_low_one()
    {
        var result = CveSsvcReader.Read(File.ReadAllBytes(TestData.Path("cve", "vulnrichment", "2024", "3xxx", "CVE-2024-3400.json")));

        var assessment = Assert.Single(result.Assessments);
        Assert.Equal("/containers/adp/1/metrics/0/other", assessment.Location);
        Assert.Equal(
            [new("Exploitation", "Active"), new("Automatable", "Yes"), new KeyValuePair<string, string>("Technical Impact", "Total")],
            assessment.Options);
        Assert.Equal(DateTimeOffset.Parse("2024-04-17T04:00:13.543064Z", System.Globalization.CultureInfo.InvariantCulture), assessment.Timestamp);
        var table = RealTables.Coordinator;
        Assert.Equal("Act", table.Decide(assessment.ToDecisionInputs(MissionWellbeingImpact.High)).Outcome!.Name);
        Assert.Equal("Attend", table.Decide(assessment.ToDecisionInputs(MissionWellbeingImpact.Low)).Outcome!.Name);
    }

    [Fact]
    public void Vulnrichment_poc_is_read_as_the_Public_PoC_value_of_Exploitation()
    {
        var result = CveSsvcReader.Read(File.ReadAllBytes(TestData.Path("cve", "vulnrichment", "2024", "10xxx", "CVE-2024-10153.json")));

        var assessment = Assert.Single(result.Assessments);
        Assert.Contains(new KeyValuePair<string, string>("Exploitation", "poc"), assessment.Options);
        var decision = RealTables.Coordinator.Decide(assessment.ToDecisionInputs(MissionWellbeingImpact.High));
        Assert.Equal("Exploitation: Public PoC, Automatable: No, Technical Impact: Partial, Mission and Well-Being Impact: High -> CISA Levels: Track*", decision.ToString());
    }

    [Fact]
    public void A_record_without_SSVC_metrics_has_no_assessments_and_no_problems()
    {
        var result = Read("""{ "cveMetadata": { "cveId": "CVE-2024-0001" }, "containers": { "cna": { "metrics": [ { "cvssV3_1": {} } ] } } }""");

        Assert.Empty(result.Assessments);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_malformed_SSVC_block_is_reported_with_its_pointer_and_the_good_ones_are_kept()
    {
        var result = Read("""
            { "cveMetadata": { "cveId": "CVE-2024-0001" }, "containers": { "adp": [ { "providerMetadata": { "shortName": "CISA-ADP" }, "metrics": [
              { "other": { "type": "ssvc", "content": { "options": [ { "Exploitation": "none", "Automatable": "no" } ] } } },
              { "other": { "type": "ssvc", "content": { "options": [ { "Exploitation": "none" }, { "Automatable": "no" }, { "Technical Impact": "total" } ] } } },
              { "other": { "type": "ssvc", "content": { "timestamp": "yesterday", "options": [] } } }
            ] } ] } }
            """);

        var assessment = Assert.Single(result.Assessments);
        Assert.Equal("CVE-2024-0001", assessment.CveId);
        Assert.Equal("/containers/adp/0/metrics/1/other", assessment.Location);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal("/containers/adp/0/metrics/0/other/content/options/0", result.Diagnostics[0].Location);
        Assert.Equal("/containers/adp/0/metrics/2/other/content/timestamp: 'yesterday' is not a date and time", result.Diagnostics[1].ToString());
    }

    [Fact]
    public void An_assessment_with_an_unknown_value_gets_a_precise_error_from_Decide()
    {
        var result = Read("""
            { "containers": { "adp": [ { "metrics": [ { "other": { "type": "ssvc", "content": { "id": "CVE-2024-0002",
              "options": [ { "Exploitation": "rumoured" }, { "Automatable": "no" }, { "Technical Impact": "total" } ] } } } ] } ] } }
            """);

        var decision = RealTables.Coordinator.Decide(Assert.Single(result.Assessments).ToDecisionInputs(MissionWellbeingImpact.Medium));

        Assert.Equal("'rumoured' is not a value of Exploitation (ssvc:E:1.1.0); its values are None (N), Public PoC (P), Active (A)", Assert.Single(decision.Errors));
    }

    [Fact]
    public void Text_that_is_not_a_CVE_record_is_reported_not_thrown()
    {
        Assert.Equal("/containers", Assert.Single(Read("""{ "dataType": "CVE_RECORD" }""").Diagnostics).Location);
        Assert.StartsWith("line 1", Assert.Single(Read("{ nope").Diagnostics).Location, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"type\"\\s*:\\s*\"ssvc\"")]
    private static partial Regex SsvcTypePattern();
}
