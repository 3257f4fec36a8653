using Clearinghouse.Standards.Json;
using System.Text;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Tests.Ssvc;

/// <summary>CERT/CC's published decision tables from the shared data folder.</summary>
internal static class RealTables
{
    public static string Folder => TestData.Path("ssvc", "data", "json", "decision_tables");

    /// <summary>Every table, as (group/name) relative to the folder without extension, e.g. <c>cisa/cisa_coordinator_2_0_3</c>.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Folder, p)[..^".json".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static SsvcDecisionTable Load(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, name + ".json"));
        var result = SsvcDecisionTable.Load(stream);
        Assert.True(result.Succeeded, $"{name}: {string.Join("\n", result.Diagnostics)}");
        return result.Value;
    }

    public static SsvcDecisionTable Coordinator => Load("cisa/cisa_coordinator_2_0_3");

    public static SsvcDecisionTable Bod2604 => Load("cisa/cisa_bod_26_04_1_0_0");

    public static SsvcDecisionTable Triage => Load("ssvc/coordinator_triage_1_0_0");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"), Encoding.UTF8);

    public static JsonLoadResult<SsvcDecisionTable> LoadText(string json) => SsvcDecisionTable.Load(Encoding.UTF8.GetBytes(json));

    public static Dictionary<string, string> Inputs(params string[] pairs)
    {
        var inputs = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            inputs[pairs[i]] = pairs[i + 1];
        }

        return inputs;
    }
}
