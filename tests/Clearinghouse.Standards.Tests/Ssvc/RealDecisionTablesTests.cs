using System.Text.RegularExpressions;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Tests.Ssvc;

/// <summary>
/// Every decision table CERT/CC publishes loads, and decides exactly as its CSV twin says, row by row: the CSV names
/// the values (lower-cased names) where the JSON uses keys, so this checks the loader, the name lookup and the
/// mapping together.
/// </summary>
public sealed partial class RealDecisionTablesTests
{
    public static TheoryData<string> TableNames() => [.. RealTables.Names()];

    [Fact]
    public void The_shared_data_has_the_three_tables_the_clearinghouse_uses_among_others()
    {
        var names = RealTables.Names().ToList();
        Assert.Contains("cisa/cisa_coordinator_2_0_3", names);
        Assert.Contains("cisa/cisa_bod_26_04_1_0_0", names);
        Assert.Contains("ssvc/coordinator_triage_1_0_0", names);
        Assert.True(names.Count >= 16, string.Join(", ", names));
    }

    [Theory, MemberData(nameof(TableNames))]
    public void Every_published_table_loads_and_covers_every_combination_once(string name)
    {
        var table = RealTables.Load(name);

        var combinations = table.Inputs.Aggregate(1, (n, p) => n * p.Values.Count);
        Assert.Equal(combinations, table.Mapping.Count);
        Assert.Equal(combinations, table.Mapping.Select(r => string.Join("|", r.Inputs.Select(v => v.Key))).Distinct().Count());
    }

    [Theory, MemberData(nameof(TableNames))]
    public void Every_row_of_the_CSV_twin_is_decided_the_same_way_by_the_JSON_table(string name)
    {
        var table = RealTables.Load(name);
        var csv = Csv.Read(TestData.Path("ssvc", "data", "csv", name + ".csv"));
        var header = csv[0];
        Assert.Equal("row", header[0]);
        var columns = header[1..].Select(h => Column(table, h)).ToList();
        Assert.Same(table.Outcome, columns[^1]);
        Assert.Equal(table.Inputs.Count, columns.Count - 1);

        var rows = csv.Skip(1).ToList();
        Assert.Equal(table.Mapping.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
            var inputs = columns.SkipLast(1).Select((point, c) => new KeyValuePair<string, string>(point.Id, row[c + 1]));

            var decision = table.Decide(inputs);

            Assert.True(decision.IsDecided, $"{name} row {i}: {decision}");
            Assert.Equal(row[^1], decision.Outcome.Name, ignoreCase: true);
            foreach (var step in decision.Path)
            {
                Assert.Equal(row[columns.IndexOf(step.DecisionPoint) + 1], step.Value.Name, ignoreCase: true);
            }

            // The CSV lists the JSON mapping's rows in the same order.
            var mapped = table.Mapping[i];
            Assert.Same(decision.Outcome, mapped.Outcome);
            Assert.Equal(decision.Path.Select(s => s.Value), mapped.Inputs);
        }
    }

    /// <summary>A CSV header such as <c>Exploitation v1.1.0</c> or <c>In KEV v1.0.0 (cisa)</c>: name, version, namespace (ssvc when absent).</summary>
    private static SsvcDecisionPoint Column(SsvcDecisionTable table, string header)
    {
        var match = HeaderPattern().Match(header);
        Assert.True(match.Success, header);
        var ns = match.Groups["ns"].Success ? match.Groups["ns"].Value : "ssvc";
        var point = table.Inputs.Append(table.Outcome).SingleOrDefault(p =>
            p.Name == match.Groups["name"].Value && p.Version == match.Groups["version"].Value && p.Namespace == ns);
        Assert.True(point is not null, $"no decision point for the CSV column '{header}' in {table}");
        return point;
    }

    [GeneratedRegex(@"^(?<name>.+) v(?<version>\d+\.\d+\.\d+)(?: \((?<ns>[^)]+)\))?$")]
    private static partial Regex HeaderPattern();
}
