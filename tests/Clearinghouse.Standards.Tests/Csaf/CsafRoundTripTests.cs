using System.Text.Json;
using Clearinghouse.Standards.Csaf;

namespace Clearinghouse.Standards.Tests.Csaf;

public sealed class CsafRoundTripTests
{
    [Fact]
    public void Every_real_CSAF_document_is_read()
    {
        var failures = RealCsaf.All
            .Select(d => (d.Name, Result: CsafReader.Read(d.Bytes)))
            .Where(r => !r.Result.Succeeded)
            .Select(r => $"{r.Name}: {string.Join("; ", r.Result.Diagnostics)}")
            .ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {RealCsaf.All.Count} not read:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void Every_real_CSAF_document_round_trips_to_an_equal_model_and_equal_JSON()
    {
        var failures = new List<string>();
        foreach (var (name, bytes) in RealCsaf.All)
        {
            var first = CsafReader.Read(bytes).Value;
            if (first is null)
            {
                failures.Add($"{name}: not read");
                continue;
            }

            var emitted = CsafWriter.Write(first);
            var second = CsafReader.Read(emitted);
            if (!second.Succeeded)
            {
                failures.Add($"{name}: emitted JSON not read: {string.Join("; ", second.Diagnostics)}");
                continue;
            }

            if (!first.Equals(second.Value))
            {
                failures.Add($"{name}: the model read back differs");
            }

            using var input = JsonDocument.Parse(bytes);
            using var output = JsonDocument.Parse(emitted);
            if (FirstDifference(input.RootElement, output.RootElement, "") is { } where)
            {
                failures.Add($"{name}: emitted JSON differs at {where}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {RealCsaf.All.Count} do not round-trip:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void Unknown_members_are_kept_where_they_were()
    {
        var json = """
            {"document":{"category":"csaf_base","csaf_version":"2.0","x_vendor":{"a":[1,2]},
              "publisher":{"category":"vendor","name":"Example","namespace":"https://example.com","x_tier":3},
              "title":"T","tracking":{"current_release_date":"2024-01-02T03:04:05Z","id":"EX-1","initial_release_date":"2024-01-02T03:04:05Z",
              "revision_history":[{"date":"2024-01-02T03:04:05Z","number":"1","summary":"First."}],"status":"final","version":"1"}},
             "x_top":"kept"}
            """u8.ToArray();

        var advisory = CsafReader.Read(json).Value!;
        using var output = JsonDocument.Parse(CsafWriter.Write(advisory));

        Assert.Equal("kept", advisory.Extensions!["x_top"].GetString());
        Assert.Equal(3, advisory.Document.Publisher.Extensions!["x_tier"].GetInt32());
        Assert.Null(FirstDifference(JsonDocument.Parse(json).RootElement, output.RootElement, ""));
    }

    [Fact]
    public void Models_that_differ_only_in_an_unknown_member_are_not_equal()
    {
        var a = CsafReader.Read(Minimal("\"x\":1")).Value!;
        var b = CsafReader.Read(Minimal("\"x\":2")).Value!;
        var c = CsafReader.Read(Minimal("\"x\":1.0")).Value!;

        Assert.NotEqual(a, b);
        Assert.Equal(a, c);
    }

    internal static byte[] Minimal(string extra) => System.Text.Encoding.UTF8.GetBytes(
        """
        {"document":{"category":"csaf_base","csaf_version":"2.0",
          "publisher":{"category":"vendor","name":"Example","namespace":"https://example.com"},
          "title":"T","tracking":{"current_release_date":"2024-01-02T03:04:05Z","id":"EX-1","initial_release_date":"2024-01-02T03:04:05Z",
          "revision_history":[{"date":"2024-01-02T03:04:05Z","number":"1","summary":"First."}],"status":"final","version":"1"}}
        """ + (extra.Length > 0 ? "," + extra : "") + "}");

    /// <summary>The JSON pointer of the first place two trees differ (member order ignored, numbers compared by value), or null.</summary>
    internal static string? FirstDifference(JsonElement a, JsonElement b, string at)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return $"{at} ({a.ValueKind} vs {b.ValueKind})";
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var names = a.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var other = b.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                if (!names.SetEquals(other))
                {
                    return $"{at} (members {string.Join(",", names.Except(other))} vs {string.Join(",", other.Except(names))})";
                }

                return names.Select(n => FirstDifference(a.GetProperty(n), b.GetProperty(n), at + "/" + n)).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return $"{at} (length {a.GetArrayLength()} vs {b.GetArrayLength()})";
                }

                return Enumerable.Range(0, a.GetArrayLength()).Select(i => FirstDifference(a[i], b[i], $"{at}/{i}")).FirstOrDefault(d => d is not null);
            case JsonValueKind.Number:
                return a.GetDecimal() == b.GetDecimal() ? null : $"{at} ({a.GetRawText()} vs {b.GetRawText()})";
            case JsonValueKind.String:
                return a.GetString() == b.GetString() ? null : $"{at} ('{a.GetString()}' vs '{b.GetString()}')";
            default:
                return null;
        }
    }
}
