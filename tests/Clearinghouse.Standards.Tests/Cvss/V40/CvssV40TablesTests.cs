using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss.V40;

/// <summary>
/// The tables transcribed into <see cref="CvssV40Tables"/> equal, entry by entry, FIRST's reference calculator data files
/// (cvss/v4-calculator/*.js in the test data), so that a transcription error fails the build.
/// </summary>
public sealed partial class CvssV40TablesTests
{
    [Fact]
    public void Every_macrovector_score_equals_the_reference_lookup_table()
    {
        var lookup = ReadJsObject("cvss_lookup.js");
        var seen = new HashSet<int>();
        foreach (var entry in lookup.EnumerateObject())
        {
            var d = entry.Name.Select(c => c - '0').ToArray();
            var index = CvssV40Tables.MacroVectorIndex(d[0], d[1], d[2], d[3], d[4], d[5]);
            Assert.True(index >= 0, $"MacroVector {entry.Name} has no place in the table");
            Assert.True(seen.Add(index), $"MacroVector {entry.Name} shares its place with another");
            var expected = (int)Math.Round(entry.Value.GetDecimal() * 10);
            Assert.True(expected == CvssV40Tables.MacroVectorScores[index], $"MacroVector {entry.Name}: reference {entry.Value}, table {CvssV40Tables.MacroVectorScores[index]}");
        }

        Assert.Equal(270, seen.Count);
        Assert.Equal(270, CvssV40Tables.MacroVectorScores.Length);
    }

    [Fact]
    public void Every_max_severity_depth_equals_the_reference()
    {
        var max = ReadJsObject("max_severity.js");
        AssertLevels(max.GetProperty("eq1"), CvssV40Tables.Eq1Depth);
        AssertLevels(max.GetProperty("eq2"), CvssV40Tables.Eq2Depth);
        AssertLevels(max.GetProperty("eq4"), CvssV40Tables.Eq4Depth);

        var eq3eq6 = new int[6];
        foreach (var eq3 in max.GetProperty("eq3eq6").EnumerateObject())
        {
            foreach (var eq6 in eq3.Value.EnumerateObject())
            {
                eq3eq6[(int.Parse(eq3.Name, CultureInfo.InvariantCulture) * 2) + int.Parse(eq6.Name, CultureInfo.InvariantCulture)] = eq6.Value.GetInt32();
            }
        }

        Assert.Equal(eq3eq6, CvssV40Tables.Eq3Eq6Depth.ToArray().Select(b => (int)b));

        // EQ5 has a depth in the reference, but its proportion is always 0 (see the E check of the max_composed test).
        Assert.Equal(3, max.GetProperty("eq5").EnumerateObject().Count());
    }

    [Fact]
    public void Every_highest_severity_vector_equals_the_reference()
    {
        var max = ReadJsObject("max_composed.js");
        AssertVectors(max.GetProperty("eq1"), CvssV40Tables.Eq1Metrics, CvssV40Tables.Eq1Max);
        AssertVectors(max.GetProperty("eq2"), CvssV40Tables.Eq2Metrics, CvssV40Tables.Eq2Max);
        AssertVectors(max.GetProperty("eq4"), CvssV40Tables.Eq4Metrics, CvssV40Tables.Eq4Max);

        var eq3eq6 = new string[6][];
        Array.Fill(eq3eq6, []);
        foreach (var eq3 in max.GetProperty("eq3").EnumerateObject())
        {
            foreach (var eq6 in eq3.Value.EnumerateObject())
            {
                eq3eq6[(int.Parse(eq3.Name, CultureInfo.InvariantCulture) * 2) + int.Parse(eq6.Name, CultureInfo.InvariantCulture)] =
                    eq6.Value.EnumerateArray().Select(v => Letters(v.GetString()!, CvssV40Tables.Eq3Eq6Metrics)).ToArray();
            }
        }

        Assert.Equal(eq3eq6, CvssV40Tables.Eq3Eq6Max);

        // The scorer leaves EQ5 out: its only highest vector at level k is E with the level-k value (A, P, U), the value
        // EQ5 was computed from, so the E distance is always 0.
        var eq5 = max.GetProperty("eq5").EnumerateObject().ToArray();
        Assert.Equal(new[] { "0", "1", "2" }, eq5.Select(p => p.Name));
        Assert.Equal(new[] { new[] { "A" }, ["P"], ["U"] }, eq5.Select(p => p.Value.EnumerateArray().Select(v => Letters(v.GetString()!, ["E"])).ToArray()));
    }

    private static void AssertLevels(JsonElement reference, ReadOnlySpan<byte> table)
    {
        var levels = reference.EnumerateObject().ToArray();
        Assert.Equal(Enumerable.Range(0, table.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)), levels.Select(p => p.Name));
        Assert.Equal(levels.Select(p => p.Value.GetInt32()), table.ToArray().Select(b => (int)b));
    }

    private static void AssertVectors(JsonElement reference, string[] metrics, string[][] table)
    {
        var levels = reference.EnumerateObject().ToArray();
        Assert.Equal(Enumerable.Range(0, table.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)), levels.Select(p => p.Name));
        Assert.Equal(levels.Select(p => p.Value.EnumerateArray().Select(v => Letters(v.GetString()!, metrics)).ToArray()), table);
    }

    /// <summary><c>AV:A/PR:L/UI:P/</c> with metrics AV, PR, UI as <c>ALP</c>; it must name exactly those metrics.</summary>
    private static string Letters(string vector, string[] metrics)
    {
        var pairs = vector.TrimEnd('/').Split('/').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(metrics.Order(), pairs.Keys.Order());
        return string.Concat(metrics.Select(m => pairs[m]));
    }

    /// <summary>The object literal assigned in a reference .js data file (<c>name = { ... }</c>) as JSON.</summary>
    private static JsonElement ReadJsObject(string file)
    {
        var text = File.ReadAllText(TestData.Path("cvss", "v4-calculator", file));
        var literal = text[text.IndexOf('{', StringComparison.Ordinal)..(text.LastIndexOf('}') + 1)];
        var json = BareNumericKey().Replace(literal, "\"$1\":");
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"(?<=[{,]\s*)(\d+)\s*:")]
    private static partial Regex BareNumericKey();
}
