using System.Text;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Tests.Osv;

public sealed class OsvRecordTests
{
    private static OsvRecord Record(string ranges, string versions = "[]", string ecosystem = "npm") =>
        OsvRecord.TryParse(
            Encoding.UTF8.GetBytes($$"""
            {"id":"TEST-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"{{ecosystem}}","name":"p"},"ranges":{{ranges}},"versions":{{versions}}}]}
            """),
            out var record,
            out var diagnostics) && diagnostics.Count == 0
            ? record
            : throw new InvalidOperationException(string.Join("; ", diagnostics));

    // The examples of the OSV schema's "Examples" section.
    [Theory]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"0"}]}]""", "0.0.1", OsvOutcome.Affected)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.0.2"}]}]""", "1.0.1", OsvOutcome.Affected)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.0.2"}]}]""", "1.0.2", OsvOutcome.NotAffected)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"1.0.0"},{"fixed":"1.0.2"},{"introduced":"3.0.0"},{"fixed":"3.2.5"}]}]""", "0.9.0", OsvOutcome.NotAffected)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"1.0.0"},{"fixed":"1.0.2"},{"introduced":"3.0.0"},{"fixed":"3.2.5"}]}]""", "1.0.0", OsvOutcome.Affected)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"1.0.0"},{"fixed":"1.0.2"},{"introduced":"3.0.0"},{"fixed":"3.2.5"}]}]""", "2.0.0", OsvOutcome.NotAffected)]
    [InlineData("""[{"type":"SEMVER","events":[{"fixed":"3.2.5"},{"introduced":"3.0.0"},{"fixed":"1.0.2"},{"introduced":"1.0.0"}]}]""", "3.1.0", OsvOutcome.Affected)]
    [InlineData("""[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"last_affected":"2.1.214"}]}]""", "2.1.214", OsvOutcome.Affected)]
    [InlineData("""[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"last_affected":"2.1.214"}]}]""", "2.1.215", OsvOutcome.NotAffected)]
    [InlineData("""[{"type":"ECOSYSTEM","events":[{"introduced":"1.0.0"},{"limit":"2.0.0"}]}]""", "1.5.0", OsvOutcome.Affected)]
    [InlineData("""[{"type":"ECOSYSTEM","events":[{"introduced":"1.0.0"},{"limit":"2.0.0"}]}]""", "2.0.0", OsvOutcome.NotAffected)]
    [InlineData("""[{"type":"ECOSYSTEM","events":[{"introduced":"1.0.0"},{"limit":"*"}]}]""", "9.0.0", OsvOutcome.Affected)]
    [InlineData("""[{"type":"GIT","repo":"https://example.org/r","events":[{"introduced":"0"},{"fixed":"abc"}]}]""", "1.0.0", OsvOutcome.NotEvaluable)]
    [InlineData("""[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.0.0"}]}]""", "not-a-version", OsvOutcome.NotEvaluable)]
    public void Ranges_evaluate_as_the_osv_schema_says(string ranges, string version, OsvOutcome expected)
    {
        Assert.Equal(expected, Record(ranges).Evaluate("npm", "p", version).Outcome);
    }

    [Fact]
    public void The_deciding_range_and_event_are_reported()
    {
        var record = Record("""[{"type":"GIT","repo":"r","events":[{"introduced":"0"}]},{"type":"ECOSYSTEM","events":[{"introduced":"2.0"},{"fixed":"2.5"}]}]""", ecosystem: "PyPI");
        var result = record.Evaluate("PyPI", "P", "2.1");
        Assert.Equal(OsvOutcome.Affected, result.Outcome);
        Assert.Equal(OsvRangeType.Ecosystem, result.Range!.Type);
        Assert.Equal(new OsvEvent(OsvEventKind.Introduced, "2.0"), result.Event);
        Assert.Single(result.Unevaluated);

        var after = record.Evaluate("PyPI", "p", "2.5");
        Assert.Equal(OsvOutcome.NotAffected, after.Outcome);
    }

    [Fact]
    public void A_listed_version_is_affected_whatever_the_ranges_say_and_other_packages_are_not()
    {
        var record = Record("""[{"type":"GIT","repo":"r","events":[{"introduced":"0"}]}]""", """["1.0.0"]""");
        Assert.Equal(OsvOutcome.Affected, record.Evaluate("npm", "p", "1.0.0").Outcome);
        Assert.Null(record.Evaluate("npm", "p", "1.0.0").Range);
        Assert.Equal(OsvOutcome.NotAffected, record.Evaluate("npm", "p", "2.0.0").Outcome);
        Assert.Equal(OsvOutcome.NotAffected, record.Evaluate("npm", "q", "1.0.0").Outcome);
        Assert.Equal(OsvOutcome.NotAffected, record.Evaluate("PyPI", "p", "1.0.0").Outcome);
    }

    [Fact]
    public void Bad_fields_are_left_out_with_a_pointer_and_the_rest_is_kept()
    {
        var json = """
            {"id":"X-1","modified":"yesterday","aliases":["A",7],"affected":[{"package":{"ecosystem":"npm","name":"p"},
             "ranges":[{"type":"SEMVER","events":[{"introduced":"0","fixed":"1.0.0"},{"fixed":"2.0.0"}]}]}, 3],
             "references":[{"type":"WEB"}]}
            """;
        Assert.True(OsvRecord.TryParse(Encoding.UTF8.GetBytes(json), out var record, out var diagnostics));
        Assert.Equal(["A"], record.Aliases);
        Assert.Null(record.Modified);
        Assert.Single(record.Affected);
        Assert.Equal([new OsvEvent(OsvEventKind.Fixed, "2.0.0")], record.Affected[0].Ranges[0].Events);
        Assert.Empty(record.References);
        Assert.Equal(
            [
                "/modified: 'yesterday' is not an RFC 3339 timestamp",
                "/aliases/1: expected a string, not a number",
                "/affected/0/ranges/0/events/0: an event has exactly one of introduced, fixed, last_affected and limit",
                "/affected/0/ranges/0/events: a range needs at least one introduced event",
                "/affected/1: an entry of affected is an object, not a number",
                "/references/0/url: url is required",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("", "line 1, byte 1")]
    [InlineData("[1]", "")]
    [InlineData("""{"modified":"2024-01-01T00:00:00Z"}""", "/id")]
    public void Records_that_cannot_be_used_are_refused(string json, string location)
    {
        Assert.False(OsvRecord.TryParse(Encoding.UTF8.GetBytes(json), out var record, out var diagnostics));
        Assert.Null(record);
        Assert.Equal(location, diagnostics[0].Location);
    }

    [Fact]
    public void The_yaml_subset_reads_quoted_folded_and_block_scalars()
    {
        var yaml = """
            id: PYSEC-0
            modified: "2024-01-01T00:00:00Z"
            summary: |2-
                indented
            details: |
              line one

              line "three"
            aliases:
            - 'it''s'
            - "tab\there"
            related:
            - a plain scalar
              over two lines
            upstream:
            - |+
              kept

            - >
              folded
              text
            affected:
            - package:
                ecosystem: PyPI
                name: p
              ranges:
              - type: ECOSYSTEM
                events:
                - introduced: "0"
                - fixed: 1.0.1
              versions: []
            """;
        Assert.True(OsvRecord.TryParseYaml(yaml, out var record, out var diagnostics), string.Join("; ", diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal("  indented", record.Summary);
        Assert.Equal("line one\n\nline \"three\"\n", record.Details);
        Assert.Equal(["it's", "tab\there"], record.Aliases);
        Assert.Equal(["a plain scalar over two lines"], record.Related);
        Assert.Equal(["kept\n\n", "folded text\n"], record.Upstream);
        Assert.Equal(OsvOutcome.Affected, record.Evaluate("PyPI", "p", "1.0.0").Outcome);
        Assert.Equal(OsvOutcome.NotAffected, record.Evaluate("PyPI", "p", "1.0.1").Outcome);
    }

    [Theory]
    [InlineData("id: [a, b]\n", "line 1, byte 1")]
    [InlineData("id: 'open\n", "line 1, byte 1")]
    [InlineData("id: x\nid: y\n", "line 2, byte 1")]
    [InlineData("id: x\n- y\n", "line 2, byte 1")]
    [InlineData("id: x\n\tdetails: y\n", "line 2, byte 1")]
    public void Yaml_outside_the_subset_is_refused_with_a_line(string yaml, string location)
    {
        Assert.False(OsvRecord.TryParseYaml(yaml, out _, out var diagnostics));
        Assert.Equal(location, diagnostics[0].Location);
    }
}
