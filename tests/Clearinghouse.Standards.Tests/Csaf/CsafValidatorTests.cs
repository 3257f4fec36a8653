using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Csaf;

namespace Clearinghouse.Standards.Tests.Csaf;

/// <summary>
/// Differential tests against @secvisogram/csaf-validator-lib 2.0.10 (npm; its basic set: the CSAF 2.0 JSON schema and
/// the mandatory tests of §6.1), run through tests/peers/csaf-validate.js on every real CSAF document.
/// </summary>
public sealed partial class CsafValidatorTests
{
    private static readonly Lazy<Verdicts> Peer = new(Validate);

    [Fact]
    public void Emitted_documents_get_the_same_verdict_from_csaf_validator_lib_as_the_originals()
    {
        var verdicts = Peer.Value;
        var disagreements = RealCsaf.All
            .Select((d, i) => (d.Name, Input: verdicts.Input[i], Emitted: verdicts.Emitted[i]))
            .Where(v => v.Input != v.Emitted)
            .Select(v => $"{v.Name}:\n  original {v.Input}\n  emitted  {v.Emitted}")
            .ToList();

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {RealCsaf.All.Count} disagree:\n{string.Join('\n', disagreements)}");
    }

    [Fact]
    public void Every_example_advisory_passes_csaf_validator_lib_after_it_is_emitted()
    {
        var verdicts = Peer.Value;
        var examples = RealCsaf.All.Select((d, i) => (d.Name, Verdict: verdicts.Emitted[i])).Where(v => v.Name.StartsWith("examples/", StringComparison.Ordinal)).ToList();
        var failures = examples.Where(v => v.Verdict != "ok").Select(v => $"{v.Name}: {v.Verdict}").ToList();

        Assert.True(examples.Count >= 19, $"only {examples.Count} examples");
        Assert.True(failures.Count == 0, $"{failures.Count} of {examples.Count} rejected:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void Our_mandatory_tests_fail_exactly_where_csaf_validator_lib_does()
    {
        var verdicts = Peer.Value;
        var disagreements = new List<string>();
        var flagged = 0;
        for (var i = 0; i < RealCsaf.All.Count; i++)
        {
            var (name, bytes) = RealCsaf.All[i];
            // csaf-validator-lib reports 6.1.8 (a CVSS object that breaks FIRST's schema) as a schema failure under cvss_v2 or cvss_v3.
            var theirs = MandatoryTestName().Matches(verdicts.Input[i]).Select(m => "6.1." + m.Groups[1].Value.Replace('_', '.')).ToHashSet();
            if (CvssSchemaFailure().IsMatch(verdicts.Input[i]))
            {
                theirs.Add("6.1.8");
            }

            var ours = CsafMandatoryTests.Run(CsafReader.Read(bytes).Value!).Select(d => d.Reason[..d.Reason.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet();
            flagged += ours.Count > 0 ? 1 : 0;
            if (!ours.SetEquals(theirs))
            {
                disagreements.Add($"{name}: ours {string.Join(",", ours.Order())}, csaf-validator-lib {string.Join(",", theirs.Order())}");
            }
        }

        Assert.True(flagged >= 15, $"only {flagged} documents fail any of the tests");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {RealCsaf.All.Count} disagree:\n{string.Join('\n', disagreements)}");
    }

    [Fact]
    public void The_advisory_built_in_code_passes_csaf_validator_lib()
    {
        var line = JsonSerializer.Serialize(JsonDocument.Parse(CsafWriter.Write(CsafBuilderTests.Build())).RootElement);

        var verdict = NodePeer.Run("csaf-validate.js", line + "\n");

        Assert.Equal(["ok"], verdict);
    }

    [GeneratedRegex(@"mandatoryTest_6_1_([1-9]|23|27_(?:[1-9]|1[01])|29|32|33) ")]
    private static partial Regex MandatoryTestName();

    [GeneratedRegex(@"csaf_2_0_strict /vulnerabilities/\d+/scores/\d+/cvss_v[23]")]
    private static partial Regex CvssSchemaFailure();

    private static Verdicts Validate()
    {
        // One document per line: the originals, then what we emit from them.
        var input = RealCsaf.All.Select(d => JsonSerializer.Serialize(JsonDocument.Parse(d.Bytes).RootElement));
        var emitted = RealCsaf.All.Select(d => System.Text.Encoding.UTF8.GetString(CsafWriter.Write(CsafReader.Read(d.Bytes).Value!, indented: false)));
        var lines = NodePeer.Run("csaf-validate.js", string.Join('\n', input.Concat(emitted)) + "\n");
        Assert.Equal(2 * RealCsaf.All.Count, lines.Count);
        return new Verdicts([.. lines.Take(RealCsaf.All.Count)], [.. lines.Skip(RealCsaf.All.Count)]);
    }

    private sealed record Verdicts(IReadOnlyList<string> Input, IReadOnlyList<string> Emitted);
}
