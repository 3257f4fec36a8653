using System.Text.Json;
using Clearinghouse.Standards.JsonSchema;

namespace Clearinghouse.Standards.Tests.JsonSchema;

/// <summary>
/// The official schemas the differential tests use, with the real instance files of each kind in the shared data.
/// Only schemas that are in the shared data are used (CycloneDX's are not, and fetched files may not be committed).
/// </summary>
public sealed record OfficialSchemas(string Name, string Draft, string SchemaPath, IReadOnlyDictionary<string, string> References, Func<JsonElement, bool> IsInstance, string InstanceFolder)
{
    private static string Csaf(params string[] parts) => TestData.Path(["csaf", "oasis-csaf", "csaf_2.0", .. parts]);

    public static IReadOnlyList<OfficialSchemas> All { get; } =
    [
        new("SPDX 2.3", "2019", TestData.Path("sbom", "spdx-spec-2.3", "schemas", "spdx-schema.json"), new Dictionary<string, string>(),
            root => Text(root, "spdxVersion") == "SPDX-2.3", TestData.Path("sbom")),
        new("CSAF 2.0", "2020", Csaf("json_schema", "csaf_json_schema.json"), new Dictionary<string, string>
        {
            ["https://www.first.org/cvss/cvss-v2.0.json"] = Csaf("referenced_schema", "first", "cvss-v2.0.json"),
            ["https://www.first.org/cvss/cvss-v3.0.json"] = Csaf("referenced_schema", "first", "cvss-v3.0.json"),
            ["https://www.first.org/cvss/cvss-v3.1.json"] = Csaf("referenced_schema", "first", "cvss-v3.1.json"),
        }, root => root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object, TestData.Path("csaf")),
        new("OSV", "2020", TestData.Path("osv", "ossf-osv-schema", "validation", "schema.json"), new Dictionary<string, string>(),
            root => root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && root.TryGetProperty("modified", out _), TestData.Path("osv")),
    ];

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Loads the schema (and the schemas it refers to) with the clearinghouse's validator.</summary>
    public Standards.JsonSchema.JsonSchema Load()
    {
        var registry = new JsonSchemaRegistry();
        foreach (var (uri, path) in References)
        {
            var reference = Standards.JsonSchema.JsonSchema.Load(File.ReadAllBytes(path), registry, uri);
            Assert.True(reference.Succeeded, string.Join("\n", reference.Diagnostics));
        }

        var schema = Standards.JsonSchema.JsonSchema.Load(File.ReadAllBytes(SchemaPath), registry);
        Assert.True(schema.Succeeded, string.Join("\n", schema.Diagnostics));
        return schema.Value;
    }

    /// <summary>Ajv's verdicts ("ok" or "invalid ...") for one-line JSON documents, in order.</summary>
    public IReadOnlyList<string> AjvVerdicts(IReadOnlyList<string> lines)
    {
        string[] arguments = [Draft, SchemaPath, .. References.Select(r => r.Key + "=" + r.Value)];
        var verdicts = NodePeer.Run("ajv-validate.js", string.Join("\n", lines) + "\n", TimeSpan.FromMinutes(10), arguments);
        Assert.Equal(lines.Count, verdicts.Count);
        return verdicts;
    }

    /// <summary>Every JSON file below the instance folder that is a document of this kind, as (path relative to the data, text).</summary>
    public IReadOnlyList<(string Path, string Text)> Instances()
    {
        var found = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(InstanceFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
                var isSchema = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("$schema", out var s)
                    && s.ValueKind == JsonValueKind.String && s.GetString()!.Contains("json-schema.org", StringComparison.Ordinal);
                if (document.RootElement.ValueKind == JsonValueKind.Object && !isSchema && IsInstance(document.RootElement))
                {
                    found.Add((System.IO.Path.GetRelativePath(TestData.Root, path), text));
                }
            }
            catch (JsonException)
            {
                // Not JSON (a negative test case of another kind): not an instance.
            }
        }

        return found;
    }

    public override string ToString() => Name;
}
