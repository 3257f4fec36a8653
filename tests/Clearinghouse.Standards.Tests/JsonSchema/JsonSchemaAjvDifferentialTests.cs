using Xunit.Abstractions;
using System.Text.Json;

namespace Clearinghouse.Standards.Tests.JsonSchema;

/// <summary>
/// Our valid/invalid verdict equals Ajv's (8.20.0 with ajv-formats 3.0.1) for every official schema, on every real
/// instance file of its kind and on seeded mutations of the smaller ones.
/// </summary>
public sealed class JsonSchemaAjvDifferentialTests(ITestOutputHelper output)
{
    private const int MutantsPerSchema = 600;

    public static TheoryData<string> Schemas => [.. OfficialSchemas.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Verdicts_on_real_files_and_mutations_equal_Ajvs(string name)
    {
        var kind = OfficialSchemas.All.Single(s => s.Name == name);
        var schema = kind.Load();
        var instances = kind.Instances();
        Assert.NotEmpty(instances);

        var cases = new List<(string What, string Json)>();
        foreach (var (path, text) in instances)
        {
            using var document = JsonDocument.Parse(text);
            cases.Add((path, JsonSerializer.Serialize(document.RootElement)));
        }

        var seeds = cases.Where(c => c.Json.Length <= 64_000).ToList();
        var random = new Random(name.Length * 7919 + name[^1]);
        for (var i = 0; i < MutantsPerSchema; i++)
        {
            var seed = seeds[i % seeds.Count];
            var (json, edit) = JsonMutator.Mutate(seed.Json, random);
            cases.Add(($"{seed.What} mutant {i}: {edit}", json));
        }

        var verdicts = kind.AjvVerdicts([.. cases.Select(c => c.Json)]);
        var disagreements = new List<string>();
        var ajvInvalid = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            using var document = JsonDocument.Parse(cases[i].Json, new JsonDocumentOptions { MaxDepth = 256 });
            var errors = schema.Validate(document.RootElement);
            var ours = errors.Count == 0;
            Assert.Equal(ours, schema.IsValid(document.RootElement));
            var ajv = verdicts[i] == "ok";
            ajvInvalid += ajv ? 0 : 1;
            if (ours != ajv)
            {
                disagreements.Add($"{cases[i].What}: ours {(ours ? "valid" : "invalid: " + string.Join("; ", errors.Take(3)))}, Ajv {verdicts[i]}");
            }
        }

        output.WriteLine($"{name}: {cases.Count} documents ({instances.Count} real, {cases.Count - instances.Count} mutants); Ajv rejects {ajvInvalid}; {disagreements.Count} disagreements");
        Assert.True(disagreements.Count == 0,
            $"{name}: {disagreements.Count} disagreements in {cases.Count} documents ({instances.Count} real, Ajv rejects {ajvInvalid}):\n" + string.Join("\n", disagreements));
    }
}
