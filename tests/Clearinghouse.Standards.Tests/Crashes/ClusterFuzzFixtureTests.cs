using System.Text.Json;
using Clearinghouse.Standards.Crashes;

namespace Clearinghouse.Standards.Tests.Crashes;

/// <summary>
/// ClusterFuzz's own stack-analyzer fixtures and the crash type, state, address and security flag its tests expect
/// (crashes/clusterfuzz/expected.json, transcribed from stack_analyzer_test.py; see its SOURCES.md).
/// </summary>
public sealed class ClusterFuzzFixtureTests
{
    private static readonly string Folder = TestData.Path(
        "crashes", "clusterfuzz", "src", "clusterfuzz", "_internal", "tests", "core", "crash_analysis", "stack_parsing", "stack_analyzer_data");

    /// <summary>
    /// Cases (fixture, test name) where this analyzer does not yet agree with ClusterFuzz, with the reason. The test
    /// fails when one of these starts to agree, so the list only ever shrinks.
    /// </summary>
    private static readonly Dictionary<(string Fixture, string Test), string> KnownDisagreements = new()
    {
    };

    private sealed record Case(string Fixture, string Test, JsonElement Expected);

    private static List<Case> Cases()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TestData.Path("crashes", "clusterfuzz", "expected.json")));
        var cases = new List<Case>();
        foreach (var fixture in document.RootElement.EnumerateObject())
        {
            cases.Add(new Case(fixture.Name, fixture.Value.GetProperty("test").GetString()!, fixture.Value.Clone()));
            if (fixture.Value.TryGetProperty("other_cases", out var others))
            {
                cases.AddRange(others.EnumerateArray().Select(o => new Case(fixture.Name, o.GetProperty("test").GetString()!, o.Clone())));
            }
        }

        return cases;
    }

    /// <summary>As ClusterFuzz's test reads a fixture: UTF-8 text with universal newlines.</summary>
    internal static string ReadFixture(string name) =>
        File.ReadAllText(Path.Combine(Folder, name)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The environment variables and call arguments a ClusterFuzz test sets, as typed options.</summary>
    private static CrashAnalysisOptions Options(JsonElement expected)
    {
        var options = new CrashAnalysisOptions();
        if (expected.TryGetProperty("environment", out var environment) && environment.ValueKind == JsonValueKind.Object)
        {
            foreach (var variable in environment.EnumerateObject())
            {
                var value = variable.Value.ValueKind == JsonValueKind.String ? variable.Value.GetString()! : variable.Value.GetRawText();
                options = variable.Name switch
                {
                    "FUZZ_TARGET" => options with { FuzzTarget = value },
                    "REPORT_OOMS_AND_HANGS" => options with
                    {
                        OomsAndHangs = value == "FORCE" ? OomAndHangReporting.Force : IsTrue(value) ? OomAndHangReporting.Report : OomAndHangReporting.Ignore,
                    },
                    "REDZONE" => options with { RedZoneSize = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                    "ASSERTS_HAVE_SECURITY_IMPLICATION" => options with { AssertsHaveSecurityImplication = IsTrue(value) },
                    "CHECKS_HAVE_SECURITY_IMPLICATION" => options with { ChecksHaveSecurityImplication = IsTrue(value) },
                    "DETECT_V8_RUNTIME_ERRORS" => options with { DetectV8RuntimeErrors = IsTrue(value) },
                    "TASK_NAME" => options with { DetectV8RuntimeErrors = options.DetectV8RuntimeErrors || value == "analyze" },
                    _ => throw new InvalidOperationException("Environment variable the test does not map yet: " + variable.Name),
                };
            }
        }

        if (expected.TryGetProperty("get_crash_data_args", out var args) && args.TryGetProperty("symbolize_flag", out var symbolize))
        {
            options = options with { Symbolized = IsTrue(symbolize.ValueKind == JsonValueKind.String ? symbolize.GetString()! : symbolize.GetRawText()) };
        }

        if (expected.TryGetProperty("notes", out var notes))
        {
            foreach (var note in notes.EnumerateArray().Select(n => n.GetString()!))
            {
                if (note.Contains("trim_logs()", StringComparison.Ordinal))
                {
                    options = options with { StripCentipedeLogPrefix = true };
                }
                else if (note.Contains("stack_frame_ignore_regexes", StringComparison.Ordinal))
                {
                    // The mocked project setting of test_ignore_regex.
                    options = options with { ExtraIgnoredFramePatterns = [@"Envoy\:\:Upstream\:\:ClusterManagerImpl"] };
                }
                else
                {
                    throw new InvalidOperationException("Note the test does not understand: " + note);
                }
            }
        }

        return options;
    }

    private static bool IsTrue(string value) => value is "True" or "true" or "1";

    private static string Show(string? s) => s is null ? "null" : JsonSerializer.Serialize(s);

    /// <summary>Each asserted field that differs, as "field: expected X, got Y". The returned stack trace is not ours to compare.</summary>
    private static List<string> Differences(JsonElement expected, CrashSignature actual)
    {
        var differences = new List<string>();
        foreach (var field in expected.GetProperty("asserted_fields").EnumerateArray().Select(f => f.GetString()!))
        {
            switch (field)
            {
                case "crash_type" when expected.GetProperty(field).GetString() != actual.CrashType:
                    differences.Add($"type: expected {Show(expected.GetProperty(field).GetString())}, got {Show(actual.CrashType)}");
                    break;
                case "crash_state" when expected.GetProperty(field).GetString() != actual.CrashState:
                    differences.Add($"state: expected {Show(expected.GetProperty(field).GetString())}, got {Show(actual.CrashState)}");
                    break;
                case "crash_address" when expected.GetProperty(field).GetString() != actual.CrashAddress:
                    differences.Add($"address: expected {Show(expected.GetProperty(field).GetString())}, got {Show(actual.CrashAddress)}");
                    break;
                case "security_flag" when expected.GetProperty(field).GetBoolean() != actual.IsSecurityIssue:
                    differences.Add($"security: expected {expected.GetProperty(field).GetBoolean()}, got {actual.IsSecurityIssue}");
                    break;
                case "crash_categories":
                    var categories = expected.GetProperty(field).EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal).ToList();
                    if (categories.Count > 0 && !categories.SequenceEqual(actual.Categories))
                    {
                        differences.Add($"categories: expected [{string.Join(", ", categories)}], got [{string.Join(", ", actual.Categories)}]");
                    }

                    break;
            }
        }

        return differences;
    }

    [Fact]
    public void Every_ClusterFuzz_fixture_gets_the_crash_signature_ClusterFuzz_expects()
    {
        var cases = Cases();
        var unexpected = new List<string>();
        var nowAgreeing = new List<string>();
        var agreeing = 0;
        foreach (var c in cases)
        {
            var actual = CrashAnalysis.Analyze(ReadFixture(c.Fixture), Options(c.Expected));
            var differences = Differences(c.Expected, actual);
            var known = KnownDisagreements.ContainsKey((c.Fixture, c.Test));
            if (differences.Count == 0)
            {
                agreeing++;
                if (known)
                {
                    nowAgreeing.Add($"{c.Fixture} ({c.Test})");
                }
            }
            else if (!known)
            {
                unexpected.Add($"{c.Fixture} ({c.Test}): {string.Join("; ", differences)}");
            }
        }

        Assert.Equal(269, cases.Count);
        Assert.True(
            unexpected.Count == 0 && nowAgreeing.Count == 0,
            $"{agreeing} of {cases.Count} cases agree.\n"
            + $"{unexpected.Count} disagree and are not listed as known:\n  " + string.Join("\n  ", unexpected)
            + $"\n{nowAgreeing.Count} listed as known disagreements now agree (remove them from the list):\n  " + string.Join("\n  ", nowAgreeing));
    }

    [Fact]
    public void No_fixture_makes_the_analyzer_throw()
    {
        var files = Directory.GetFiles(Folder, "*.txt");
        Assert.Equal(271, files.Length);
        foreach (var file in files)
        {
            var signature = CrashAnalysis.Analyze(File.ReadAllText(file));
            Assert.NotNull(signature.CrashState);
        }
    }
}
