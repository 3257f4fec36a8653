using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.JsonSchema;

/// <summary>
/// A JSON Schema (draft-04 <c>id</c>, draft-07, 2019-09 and 2020-12 documents) compiled for validation. The keywords
/// are those the standards' official schemas use (CycloneDX, SPDX, CSAF, OSV, CVE, SARIF, FIRST CVSS): type, enum,
/// const, properties, required, additionalProperties, patternProperties, propertyNames, min/maxProperties,
/// dependencies, dependentRequired, dependentSchemas, items (array and schema forms), additionalItems, prefixItems,
/// contains, min/maxContains, min/maxItems, uniqueItems, min/maxLength, pattern, minimum, maximum,
/// exclusiveMinimum/Maximum (numeric), multipleOf, allOf, anyOf, oneOf, not, if/then/else, $ref (JSON pointers,
/// anchors, <c>$id</c>-relative and cross-document URIs through a <see cref="JsonSchemaRegistry"/>), $defs, definitions,
/// $anchor and format. Not supported: $dynamicRef/$recursiveRef, unevaluatedProperties/Items, content* keywords.
/// </summary>
/// <remarks>
/// Patterns are ECMAScript regular expressions translated to .NET and matched with a one-second time-out (a time-out is
/// a failure). Formats asserted: <c>date-time</c>, <c>date</c>, <c>time</c> (RFC 3339, with a time zone), <c>uri</c>,
/// <c>uri-reference</c> (RFC 3986 characters), <c>email</c>, <c>uuid</c>, <c>ipv4</c>; see <see cref="AssertedFormats"/>.
/// All other formats are annotations. As in JSON Schema 2019-09 and later (and in Ajv), keywords beside <c>$ref</c> are
/// applied in every draft.
/// </remarks>
public sealed class JsonSchema
{
    private readonly SchemaNode root;

    private JsonSchema(SchemaNode root, JsonSchemaRegistry registry, string? id)
    {
        this.root = root;
        Registry = registry;
        Id = id;
    }

    /// <summary>The formats whose values are checked; any other <c>format</c> never fails.</summary>
    public static IReadOnlySet<string> AssertedFormats => SchemaFormats.Asserted;

    /// <summary>The schema's <c>$id</c> (or draft-04 <c>id</c>), if it has one.</summary>
    public string? Id { get; }

    /// <summary>The registry this schema resolves <c>$ref</c> in.</summary>
    public JsonSchemaRegistry Registry { get; }

    /// <summary>
    /// Loads a schema from UTF-8 JSON and adds it to <paramref name="registry"/> (a new one when null) under its
    /// <c>$id</c> and, when given, <paramref name="retrievalUri"/> (the URI other schemas use for it, e.g. CSAF's
    /// <c>https://www.first.org/cvss/cvss-v3.1.json</c> for a schema whose id carries a query). Never throws on bad input.
    /// </summary>
    public static JsonLoadResult<JsonSchema> Load(ReadOnlyMemory<byte> utf8Json, JsonSchemaRegistry? registry = null, string? retrievalUri = null)
    {
        if (!JsonInput.TryParse(utf8Json, out var document, out var error))
        {
            return new JsonLoadResult<JsonSchema>(null, [error]);
        }

        registry ??= new JsonSchemaRegistry();

        // The compiled nodes keep JsonElements (enum, const), so the document lives as long as the schema.
        var element = document!.RootElement;
        var problems = new List<JsonDiagnostic>();
        var node = SchemaNode.Compile(element, registry, retrievalUri, problems);
        if (problems.Count > 0)
        {
            return new JsonLoadResult<JsonSchema>(null, problems);
        }

        string? id = null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            id = element.TryGetProperty("$id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()
                : element.TryGetProperty("id", out var old) && old.ValueKind == JsonValueKind.String ? old.GetString() : null;
        }

        return new JsonLoadResult<JsonSchema>(new JsonSchema(node, registry, id), []);
    }

    /// <summary>Loads a schema from a stream of UTF-8 JSON; see <see cref="Load(ReadOnlyMemory{byte}, JsonSchemaRegistry?, string?)"/>.</summary>
    public static JsonLoadResult<JsonSchema> Load(Stream utf8Json, JsonSchemaRegistry? registry = null, string? retrievalUri = null) =>
        Load(JsonInput.ReadAll(utf8Json), registry, retrievalUri);

    /// <summary>
    /// Every way <paramref name="instance"/> fails the schema: the JSON pointer of the failing value and a reason that
    /// starts with the keyword (<c>required: 'bomFormat' is missing</c>). Empty when it is valid. For anyOf, oneOf and
    /// not only the combined failure is reported, not each alternative's.
    /// </summary>
    public IReadOnlyList<JsonDiagnostic> Validate(JsonElement instance)
    {
        var errors = new List<JsonDiagnostic>();
        root.Validate(instance, "", errors, 0);
        return errors;
    }

    /// <summary>True when <paramref name="instance"/> is valid (stops at the first failure).</summary>
    public bool IsValid(JsonElement instance) => root.Validate(instance, "", null, 0);
}
