using System.Text.Json;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.JsonSchema;

namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// Validates CycloneDX JSON 1.4, 1.5 and 1.6: against the official schema of the declared <c>specVersion</c>, with the
/// SPDX license-id and JSF schemas they refer to, then by the rules the schema cannot express. The schemas are
/// CycloneDX's published files. The caller supplies them through <see cref="Load"/> (from reference data, see
/// docs/guide/reference-data.md); they are not copied into this library. <see cref="ReferenceRulesOnly"/> checks the
/// rules alone. The rules:
/// <list type="bullet">
/// <item><c>bom-ref-unique</c>: the bom-refs of components and services (nested ones and <c>metadata.component</c> included) are
/// distinct: they are what the dependency graph and VEX statements name. Other objects may repeat a bom-ref, as the
/// official valid-formulation-1.5 file does for a workspace listed under a workflow and under its task.</item>
/// <item><c>dependency-ref</c>: every <c>dependencies[].ref</c> and <c>dependsOn</c> / <c>provides</c> entry names a bom-ref of the BOM.</item>
/// </list>
/// </summary>
public sealed class CycloneDxValidator
{
    /// <summary>The file names of the official schemas <see cref="Load"/> asks for: one per validated version, and the two they refer to.</summary>
    public static IReadOnlyList<string> SchemaFiles { get; } =
        ["spdx.schema.json", "jsf-0.82.schema.json", .. CycloneDxFormat.All.Where(f => f.Schema is not null).Select(f => f.Schema!)];

    private readonly Dictionary<string, Standards.JsonSchema.JsonSchema>? schemas;

    private CycloneDxValidator(Dictionary<string, Standards.JsonSchema.JsonSchema>? schemas) => this.schemas = schemas;

    /// <summary>A validator that checks only the reference rules, for when the official schemas are not at hand.</summary>
    public static CycloneDxValidator ReferenceRulesOnly { get; } = new(null);

    /// <summary>
    /// A validator with the official schemas, each opened by name (<see cref="SchemaFiles"/>) through <paramref name="openSchema"/>,
    /// e.g. from a directory of CycloneDX's <c>schema/</c> files; a schema that is missing or does not load is a diagnostic.
    /// </summary>
    public static JsonLoadResult<CycloneDxValidator> Load(Func<string, Stream?> openSchema)
    {
        ArgumentNullException.ThrowIfNull(openSchema);
        var registry = new JsonSchemaRegistry();
        var loaded = new Dictionary<string, Standards.JsonSchema.JsonSchema>(StringComparer.Ordinal);
        var problems = new List<JsonDiagnostic>();
        foreach (var name in SchemaFiles)
        {
            using var stream = openSchema(name);
            if (stream is null)
            {
                problems.Add(new JsonDiagnostic("", $"the schema {name} is missing"));
                continue;
            }

            var result = Standards.JsonSchema.JsonSchema.Load(stream, registry);
            if (result.Value is { } schema)
            {
                loaded[name] = schema;
            }
            else
            {
                problems.AddRange(result.Diagnostics.Select(d => d with { Reason = $"{name}: {d.Reason}" }));
            }
        }

        return new JsonLoadResult<CycloneDxValidator>(problems.Count == 0 ? new CycloneDxValidator(loaded) : null, problems);
    }

    /// <summary>Every problem found (JSON pointer and reason; a rule's reason starts with its name); empty when valid. Never throws on bad input.</summary>
    public IReadOnlyList<JsonDiagnostic> Validate(ReadOnlyMemory<byte> utf8Json)
    {
        if (!JsonInput.TryParse(utf8Json, out var document, out var error))
        {
            return [error];
        }

        using (document)
        {
            var root = document!.RootElement;
            var token = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("specVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var format = CycloneDxFormat.Find(token);
            if (format?.Schema is null)
            {
                return [new JsonDiagnostic("/specVersion", $"specVersion '{token}' cannot be validated; validation covers {string.Join(", ", CycloneDxFormat.All.Where(f => f.Schema is not null).Select(f => f.Token))}")];
            }

            var problems = new List<JsonDiagnostic>(schemas is null ? [] : schemas[format.Schema].Validate(root));
            CheckReferences(root, problems);
            return problems;
        }
    }

    /// <summary>Validates a stream of UTF-8 JSON; see <see cref="Validate(ReadOnlyMemory{byte})"/>.</summary>
    public IReadOnlyList<JsonDiagnostic> Validate(Stream utf8Json) => Validate(JsonInput.ReadAll(utf8Json));

    private static void CheckReferences(JsonElement root, List<JsonDiagnostic> problems)
    {
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectBomRefs(root, refs, problems);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("dependencies", out var dependencies) || dependencies.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var dependency in dependencies.EnumerateArray())
        {
            var at = JsonInput.Pointer("/dependencies", i++);
            if (dependency.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (dependency.TryGetProperty("ref", out var reference) && reference.ValueKind == JsonValueKind.String && !refs.ContainsKey(reference.GetString()!))
            {
                problems.Add(new JsonDiagnostic(JsonInput.Pointer(at, "ref"), $"dependency-ref: '{reference.GetString()}' is not the bom-ref of anything in the BOM"));
            }

            foreach (var list in (string[])["dependsOn", "provides"])
            {
                if (!dependency.TryGetProperty(list, out var targets) || targets.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var j = 0;
                foreach (var target in targets.EnumerateArray())
                {
                    if (target.ValueKind == JsonValueKind.String && !refs.ContainsKey(target.GetString()!))
                    {
                        problems.Add(new JsonDiagnostic(JsonInput.Pointer(JsonInput.Pointer(at, list), j), $"dependency-ref: '{target.GetString()}' is not the bom-ref of anything in the BOM"));
                    }

                    j++;
                }
            }
        }
    }

    private static void CollectBomRefs(JsonElement root, Dictionary<string, string> refs, List<JsonDiagnostic> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("component", out var main))
        {
            CollectBomRef(main, "/metadata/component", refs, problems);
        }

        foreach (var list in (string[])["components", "services"])
        {
            CollectBomRefs(root, list, "", refs, problems);
        }
    }

    private static void CollectBomRefs(JsonElement parent, string list, string at, Dictionary<string, string> refs, List<JsonDiagnostic> problems)
    {
        if (!parent.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            CollectBomRef(item, JsonInput.Pointer(JsonInput.Pointer(at, list), i++), refs, problems);
        }
    }

    private static void CollectBomRef(JsonElement item, string at, Dictionary<string, string> refs, List<JsonDiagnostic> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (item.TryGetProperty("bom-ref", out var value) && value.ValueKind == JsonValueKind.String)
        {
            var memberAt = JsonInput.Pointer(at, "bom-ref");
            if (!refs.TryAdd(value.GetString()!, memberAt))
            {
                problems.Add(new JsonDiagnostic(memberAt, $"bom-ref-unique: '{value.GetString()}' is already the bom-ref at {refs[value.GetString()!]}"));
            }
        }

        foreach (var list in (string[])["components", "services"])
        {
            CollectBomRefs(item, list, at, refs, problems);
        }
    }
}
