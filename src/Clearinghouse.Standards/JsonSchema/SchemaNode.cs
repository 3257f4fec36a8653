using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.JsonSchema;

/// <summary>
/// One compiled (sub)schema. Keywords are read once at load; <c>$ref</c> is looked up in the registry on first use, so
/// schemas that refer to each other can be loaded in any order. Unknown keywords are ignored, as the drafts require.
/// </summary>
internal sealed class SchemaNode
{
    private const int MaxReferenceDepth = 256;

    private readonly JsonSchemaRegistry registry;
    private readonly bool? constant;
    private readonly string baseUri;
    private string[]? types;
    private JsonElement? enumValues;
    private JsonElement? constValue;
    private Dictionary<string, SchemaNode>? properties;
    private List<(Regex Pattern, string Source, SchemaNode Schema)>? patternProperties;
    private SchemaNode? additionalProperties;
    private string[]? required;
    private SchemaNode? propertyNames;
    private int? minProperties;
    private int? maxProperties;
    private Dictionary<string, string[]>? dependentRequired;
    private Dictionary<string, SchemaNode>? dependentSchemas;
    private SchemaNode[]? tuple;
    private SchemaNode? rest;
    private string restKeyword = "items";
    private SchemaNode? contains;
    private int? minContains;
    private int? maxContains;
    private int? minItems;
    private int? maxItems;
    private bool uniqueItems;
    private int? minLength;
    private int? maxLength;
    private Regex? pattern;
    private string? patternSource;
    private double? minimum;
    private double? maximum;
    private double? exclusiveMinimum;
    private double? exclusiveMaximum;
    private double? multipleOf;
    private SchemaNode[]? allOf;
    private SchemaNode[]? anyOf;
    private SchemaNode[]? oneOf;
    private SchemaNode? not;
    private SchemaNode? ifSchema;
    private SchemaNode? thenSchema;
    private SchemaNode? elseSchema;
    private string? reference;
    private SchemaNode? resolved;
    private string? format;

    private SchemaNode(JsonSchemaRegistry registry, string baseUri, bool? constant)
    {
        this.registry = registry;
        this.baseUri = baseUri;
        this.constant = constant;
    }

    /// <summary>Compiles a schema document and registers it (and its embedded resources) under its URIs.</summary>
    public static SchemaNode Compile(JsonElement root, JsonSchemaRegistry registry, string? retrievalUri, List<JsonDiagnostic> problems)
    {
        var documentBase = retrievalUri is null ? registry.NewAnonymousBase() : StripFragment(retrievalUri);
        var node = Compile(root, registry, documentBase, [(documentBase, "")], "", problems, root: true);
        return node;
    }

    private static SchemaNode Compile(JsonElement schema, JsonSchemaRegistry registry, string baseUri, List<(string Resource, string Pointer)> names, string location, List<JsonDiagnostic> problems, bool root = false)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var constant = new SchemaNode(registry, baseUri, schema.ValueKind == JsonValueKind.True);
            RegisterAll(registry, names, constant);
            return constant;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new JsonDiagnostic(location, "a schema must be an object or a boolean, not " + JsonInput.Describe(schema.ValueKind)));
            return new SchemaNode(registry, baseUri, true);
        }

        // Draft-04 schemas (FIRST's CVSS v2/v3.0) name their identifier "id"; only the root's is read, because below
        // the root an "id" is far more often a property called id than an identifier.
        var id = schema.TryGetProperty("$id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()
            : root && schema.TryGetProperty("id", out var oldId) && oldId.ValueKind == JsonValueKind.String ? oldId.GetString() : null;
        if (id is not null)
        {
            if (id.StartsWith('#'))
            {
                // Draft-07 location-independent identifier: an anchor.
                names = [.. names, (baseUri, id[1..])];
            }
            else
            {
                baseUri = StripFragment(Resolve(baseUri, id));
                names = [.. names, (baseUri, "")];
            }
        }

        var node = new SchemaNode(registry, baseUri, null);
        RegisterAll(registry, names, node);
        if (schema.TryGetProperty("$anchor", out var anchor) && anchor.ValueKind == JsonValueKind.String)
        {
            registry.Register(baseUri, anchor.GetString()!, node);
        }

        node.Read(schema, names, location, problems);
        return node;
    }

    private static void RegisterAll(JsonSchemaRegistry registry, List<(string Resource, string Pointer)> names, SchemaNode node)
    {
        foreach (var (resource, pointer) in names)
        {
            registry.Register(resource, pointer, node);
        }
    }

    private void Read(JsonElement schema, List<(string Resource, string Pointer)> names, string location, List<JsonDiagnostic> problems)
    {
        SchemaNode Sub(JsonElement value, params string[] path)
        {
            var childNames = names.Select(n => (n.Resource, path.Aggregate(n.Pointer, JsonInput.Pointer))).ToList();
            return Compile(value, registry, baseUri, childNames, path.Aggregate(location, JsonInput.Pointer), problems);
        }

        SchemaNode[] SubArray(JsonElement value, string keyword) =>
            value.ValueKind == JsonValueKind.Array
                ? [.. value.EnumerateArray().Select((item, i) => Sub(item, keyword, i.ToString(CultureInfo.InvariantCulture)))]
                : [Sub(value, keyword)];

        Dictionary<string, SchemaNode> SubMap(JsonElement value, string keyword) =>
            value.ValueKind == JsonValueKind.Object
                ? value.EnumerateObject().ToDictionary(p => p.Name, p => Sub(p.Value, keyword, p.Name), StringComparer.Ordinal)
                : [];

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    types = value.ValueKind == JsonValueKind.Array
                        ? [.. value.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
                        : value.ValueKind == JsonValueKind.String ? [value.GetString()!] : null;
                    break;
                case "enum" when value.ValueKind == JsonValueKind.Array:
                    enumValues = value;
                    break;
                case "const":
                    constValue = value;
                    break;
                case "properties":
                    properties = SubMap(value, "properties");
                    break;
                case "patternProperties" when value.ValueKind == JsonValueKind.Object:
                    patternProperties = [];
                    foreach (var p in value.EnumerateObject())
                    {
                        var regex = EcmaScriptPattern.TryCreate(p.Name, out var error);
                        if (regex is null)
                        {
                            problems.Add(new JsonDiagnostic(JsonInput.Pointer(JsonInput.Pointer(location, "patternProperties"), p.Name), "not a usable regular expression: " + error));
                            continue;
                        }

                        patternProperties.Add((regex, p.Name, Sub(p.Value, "patternProperties", p.Name)));
                    }

                    break;
                case "additionalProperties":
                    additionalProperties = Sub(value, "additionalProperties");
                    break;
                case "required" when value.ValueKind == JsonValueKind.Array:
                    required = [.. value.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)];
                    break;
                case "propertyNames":
                    propertyNames = Sub(value, "propertyNames");
                    break;
                case "minProperties":
                    minProperties = Count(value);
                    break;
                case "maxProperties":
                    maxProperties = Count(value);
                    break;
                case "dependentRequired" when value.ValueKind == JsonValueKind.Object:
                    dependentRequired = value.EnumerateObject().ToDictionary(p => p.Name, p => Strings(p.Value), StringComparer.Ordinal);
                    break;
                case "dependentSchemas":
                    dependentSchemas = SubMap(value, "dependentSchemas");
                    break;
                case "dependencies" when value.ValueKind == JsonValueKind.Object:
                    // Draft-07 "dependencies" is either form, per property.
                    foreach (var p in value.EnumerateObject())
                    {
                        if (p.Value.ValueKind == JsonValueKind.Array)
                        {
                            (dependentRequired ??= new(StringComparer.Ordinal))[p.Name] = Strings(p.Value);
                        }
                        else
                        {
                            (dependentSchemas ??= new(StringComparer.Ordinal))[p.Name] = Sub(p.Value, "dependencies", p.Name);
                        }
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    tuple = SubArray(value, "items");
                    break;
                case "items":
                    rest = Sub(value, "items");
                    break;
                case "prefixItems" when value.ValueKind == JsonValueKind.Array:
                    tuple = SubArray(value, "prefixItems");
                    break;
                case "contains":
                    contains = Sub(value, "contains");
                    break;
                case "minContains":
                    minContains = Count(value);
                    break;
                case "maxContains":
                    maxContains = Count(value);
                    break;
                case "minItems":
                    minItems = Count(value);
                    break;
                case "maxItems":
                    maxItems = Count(value);
                    break;
                case "uniqueItems":
                    uniqueItems = value.ValueKind == JsonValueKind.True;
                    break;
                case "minLength":
                    minLength = Count(value);
                    break;
                case "maxLength":
                    maxLength = Count(value);
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    patternSource = value.GetString()!;
                    pattern = EcmaScriptPattern.TryCreate(patternSource, out var patternError);
                    if (pattern is null)
                    {
                        problems.Add(new JsonDiagnostic(JsonInput.Pointer(location, "pattern"), "not a usable regular expression: " + patternError));
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    minimum = value.GetDouble();
                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    maximum = value.GetDouble();
                    break;
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number:
                    exclusiveMinimum = value.GetDouble();
                    break;
                case "exclusiveMaximum" when value.ValueKind == JsonValueKind.Number:
                    exclusiveMaximum = value.GetDouble();
                    break;
                case "multipleOf" when value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0:
                    multipleOf = value.GetDouble();
                    break;
                case "allOf":
                    allOf = SubArray(value, "allOf");
                    break;
                case "anyOf":
                    anyOf = SubArray(value, "anyOf");
                    break;
                case "oneOf":
                    oneOf = SubArray(value, "oneOf");
                    break;
                case "not":
                    not = Sub(value, "not");
                    break;
                case "if":
                    ifSchema = Sub(value, "if");
                    break;
                case "then":
                    thenSchema = Sub(value, "then");
                    break;
                case "else":
                    elseSchema = Sub(value, "else");
                    break;
                case "$ref" when value.ValueKind == JsonValueKind.String:
                    reference = value.GetString();
                    break;
                case "format" when value.ValueKind == JsonValueKind.String:
                    format = value.GetString();
                    break;
                case "definitions" or "$defs":
                    SubMap(value, keyword.Name);
                    break;
                default:
                    break;
            }
        }

        if (tuple is not null && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            && schema.TryGetProperty("additionalItems", out var additional))
        {
            rest = Sub(additional, "additionalItems");
            restKeyword = "additionalItems";
        }
    }

    private static int? Count(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d >= 0 && d == Math.Floor(d) ? (int)Math.Min(d, int.MaxValue) : null;

    private static string[] Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)] : [];

    private static string StripFragment(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? uri : uri[..hash];
    }

    private static string Resolve(string baseUri, string reference)
    {
        if (reference.StartsWith('#'))
        {
            return StripFragment(baseUri) + reference;
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return reference;
        }

        return Uri.TryCreate(baseUri, UriKind.Absolute, out var b) && Uri.TryCreate(b, reference, out var combined) ? combined.AbsoluteUri : reference;
    }

    /// <summary>Validates <paramref name="instance"/>; adds every failure to <paramref name="errors"/> unless it is null (then stops at the first).</summary>
    public bool Validate(JsonElement instance, string location, List<JsonDiagnostic>? errors, int depth)
    {
        if (constant is bool always)
        {
            if (!always)
            {
                errors?.Add(new JsonDiagnostic(location, "false schema: no value is allowed here"));
            }

            return always;
        }

        var valid = true;

        bool Fail(string at, string reason)
        {
            errors?.Add(new JsonDiagnostic(at, reason));
            valid = false;
            return errors is not null;
        }

        bool Fail2()
        {
            valid = false;
            return errors is not null;
        }

        if (reference is not null && !ValidateReference(instance, location, errors, depth) && !Fail2())
        {
            return false;
        }

        if (types is not null && !types.Any(t => HasType(instance, t)))
        {
            if (!Fail(location, $"type: expected {string.Join(" or ", types)}, found {JsonInput.Describe(instance.ValueKind)}"))
            {
                return false;
            }
        }

        if (enumValues is JsonElement options && !options.EnumerateArray().Any(o => JsonValueEquality.AreEqual(o, instance))
            && !Fail(location, "enum: not one of the allowed values " + List(options)))
        {
            return false;
        }

        if (constValue is JsonElement expected && !JsonValueEquality.AreEqual(expected, instance)
            && !Fail(location, "const: must be " + Shorten(expected.GetRawText())))
        {
            return false;
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                if (!ValidateObject(instance, location, errors, depth, Fail) && !Fail2())
                {
                    return false;
                }

                break;
            case JsonValueKind.Array:
                if (!ValidateArray(instance, location, errors, depth, Fail) && !Fail2())
                {
                    return false;
                }

                break;
            case JsonValueKind.String:
                if (!ValidateString(instance.GetString()!, location, Fail) && !Fail2())
                {
                    return false;
                }

                break;
            case JsonValueKind.Number:
                if (!ValidateNumber(instance.GetDouble(), location, Fail) && !Fail2())
                {
                    return false;
                }

                break;
            default:
                break;
        }

        if (allOf is not null)
        {
            foreach (var sub in allOf)
            {
                if (!sub.Validate(instance, location, errors, depth) && !Fail2())
                {
                    return false;
                }
            }
        }

        if (anyOf is not null && !anyOf.Any(sub => sub.Validate(instance, location, null, depth))
            && !Fail(location, $"anyOf: matches none of the {anyOf.Length} alternatives"))
        {
            return false;
        }

        if (oneOf is not null)
        {
            var matches = oneOf.Count(sub => sub.Validate(instance, location, null, depth));
            if (matches != 1 && !Fail(location, matches == 0
                ? $"oneOf: matches none of the {oneOf.Length} alternatives"
                : $"oneOf: matches {matches} of the alternatives, not exactly one"))
            {
                return false;
            }
        }

        if (not is not null && not.Validate(instance, location, null, depth) && !Fail(location, "not: matches the schema it must not match"))
        {
            return false;
        }

        if (ifSchema is not null && (thenSchema is not null || elseSchema is not null))
        {
            var branch = ifSchema.Validate(instance, location, null, depth) ? thenSchema : elseSchema;
            if (branch is not null && !branch.Validate(instance, location, errors, depth) && !Fail2())
            {
                return false;
            }
        }

        return valid;
    }

    private bool ValidateReference(JsonElement instance, string location, List<JsonDiagnostic>? errors, int depth)
    {
        if (depth > MaxReferenceDepth)
        {
            errors?.Add(new JsonDiagnostic(location, $"$ref: more than {MaxReferenceDepth} nested references ({reference})"));
            return false;
        }

        if (resolved is null)
        {
            var target = Resolve(baseUri, reference!);
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var resource = hash < 0 ? target : target[..hash];
            var fragment = hash < 0 ? "" : Uri.UnescapeDataString(target[(hash + 1)..]);
            resolved = registry.Find(resource, fragment) ?? registry.Find(resource, fragment.TrimEnd('/'));
            if (resolved is null)
            {
                errors?.Add(new JsonDiagnostic(location, $"$ref: cannot resolve '{reference}' (is the schema it names in the registry?)"));
                return false;
            }
        }

        return resolved.Validate(instance, location, errors, depth + 1);
    }

    private bool ValidateObject(JsonElement instance, string location, List<JsonDiagnostic>? errors, int depth, Func<string, string, bool> fail)
    {
        var valid = true;
        if (required is not null)
        {
            foreach (var name in required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    valid = false;
                    if (!fail(location, $"required: '{name}' is missing"))
                    {
                        return false;
                    }
                }
            }
        }

        if (minProperties is not null || maxProperties is not null)
        {
            var count = instance.EnumerateObject().Count();
            if (count < minProperties && !Set(ref valid, fail(location, $"minProperties: {count} members, fewer than {minProperties}")))
            {
                return false;
            }

            if (count > maxProperties && !Set(ref valid, fail(location, $"maxProperties: {count} members, more than {maxProperties}")))
            {
                return false;
            }
        }

        foreach (var member in instance.EnumerateObject())
        {
            var at = JsonInput.Pointer(location, member.Name);
            var matched = false;
            if (properties is not null && properties.TryGetValue(member.Name, out var propertySchema))
            {
                matched = true;
                if (!propertySchema.Validate(member.Value, at, errors, depth) && !Set(ref valid, errors is not null))
                {
                    return false;
                }
            }

            if (patternProperties is not null)
            {
                foreach (var (regex, source, schema) in patternProperties)
                {
                    if (!IsMatch(regex, member.Name, out var timedOut))
                    {
                        if (timedOut && !Set(ref valid, fail(at, $"patternProperties: matching '{source}' took too long")))
                        {
                            return false;
                        }

                        continue;
                    }

                    matched = true;
                    if (!schema.Validate(member.Value, at, errors, depth) && !Set(ref valid, errors is not null))
                    {
                        return false;
                    }
                }
            }

            if (!matched && additionalProperties is not null)
            {
                if (additionalProperties.constant == false)
                {
                    if (!Set(ref valid, fail(at, $"additionalProperties: '{member.Name}' is not allowed")))
                    {
                        return false;
                    }
                }
                else if (!additionalProperties.Validate(member.Value, at, errors, depth) && !Set(ref valid, errors is not null))
                {
                    return false;
                }
            }

            if (propertyNames is not null && !propertyNames.Validate(NameElement(member.Name), at, null, depth)
                && !Set(ref valid, fail(at, $"propertyNames: '{member.Name}' is not an allowed name")))
            {
                return false;
            }

            if (dependentRequired is not null && dependentRequired.TryGetValue(member.Name, out var needed))
            {
                foreach (var name in needed.Where(n => !instance.TryGetProperty(n, out _)))
                {
                    if (!Set(ref valid, fail(location, $"dependentRequired: '{name}' is required when '{member.Name}' is present")))
                    {
                        return false;
                    }
                }
            }

            if (dependentSchemas is not null && dependentSchemas.TryGetValue(member.Name, out var dependent)
                && !dependent.Validate(instance, location, errors, depth) && !Set(ref valid, errors is not null))
            {
                return false;
            }
        }

        return valid;
    }

    private bool ValidateArray(JsonElement instance, string location, List<JsonDiagnostic>? errors, int depth, Func<string, string, bool> fail)
    {
        var valid = true;
        var length = instance.GetArrayLength();
        if (length < minItems && !Set(ref valid, fail(location, $"minItems: {length} items, fewer than {minItems}")))
        {
            return false;
        }

        if (length > maxItems && !Set(ref valid, fail(location, $"maxItems: {length} items, more than {maxItems}")))
        {
            return false;
        }

        var index = 0;
        var containsCount = 0;
        foreach (var item in instance.EnumerateArray())
        {
            var at = JsonInput.Pointer(location, index);
            var schema = tuple is not null && index < tuple.Length ? tuple[index] : rest;
            if (schema is not null && !schema.Validate(item, at, errors, depth))
            {
                if (schema == rest && rest.constant == false && tuple is not null)
                {
                    errors?.RemoveAt(errors.Count - 1);
                    errors?.Add(new JsonDiagnostic(at, $"{restKeyword}: no more than {tuple.Length} items are allowed"));
                }

                if (!Set(ref valid, errors is not null))
                {
                    return false;
                }
            }

            if (contains is not null && contains.Validate(item, at, null, depth))
            {
                containsCount++;
            }

            index++;
        }

        if (contains is not null)
        {
            var least = minContains ?? 1;
            if (containsCount < least && !Set(ref valid, fail(location, $"contains: {containsCount} matching items, fewer than {least}")))
            {
                return false;
            }

            if (containsCount > maxContains && !Set(ref valid, fail(location, $"maxContains: {containsCount} matching items, more than {maxContains}")))
            {
                return false;
            }
        }

        if (uniqueItems && length > 1)
        {
            var items = instance.EnumerateArray().ToArray();
            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonValueEquality.AreEqual(items[i], items[j]))
                    {
                        if (!Set(ref valid, fail(location, $"uniqueItems: items {j} and {i} are equal")))
                        {
                            return false;
                        }

                        i = items.Length;
                        break;
                    }
                }
            }
        }

        return valid;
    }

    private bool ValidateString(string value, string location, Func<string, string, bool> fail)
    {
        var valid = true;
        if (minLength is not null || maxLength is not null)
        {
            // Lengths count Unicode code points, not UTF-16 units.
            var length = value.EnumerateRunes().Count();
            if (length < minLength && !Set(ref valid, fail(location, $"minLength: {length} characters, fewer than {minLength}")))
            {
                return false;
            }

            if (length > maxLength && !Set(ref valid, fail(location, $"maxLength: {length} characters, more than {maxLength}")))
            {
                return false;
            }
        }

        if (pattern is not null && !IsMatch(pattern, value, out var timedOut)
            && !Set(ref valid, fail(location, timedOut ? $"pattern: matching '{patternSource}' took too long" : $"pattern: does not match '{patternSource}'")))
        {
            return false;
        }

        if (format is not null && !SchemaFormats.IsValid(format, value) && !Set(ref valid, fail(location, $"format: not a valid {format}")))
        {
            return false;
        }

        return valid;
    }

    private bool ValidateNumber(double value, string location, Func<string, string, bool> fail)
    {
        var valid = true;
        if (value < minimum && !Set(ref valid, fail(location, $"minimum: {Show(value)} is less than {Show(minimum.Value)}")))
        {
            return false;
        }

        if (value > maximum && !Set(ref valid, fail(location, $"maximum: {Show(value)} is greater than {Show(maximum.Value)}")))
        {
            return false;
        }

        if (value <= exclusiveMinimum && !Set(ref valid, fail(location, $"exclusiveMinimum: {Show(value)} is not greater than {Show(exclusiveMinimum.Value)}")))
        {
            return false;
        }

        if (value >= exclusiveMaximum && !Set(ref valid, fail(location, $"exclusiveMaximum: {Show(value)} is not less than {Show(exclusiveMaximum.Value)}")))
        {
            return false;
        }

        if (multipleOf is double divisor)
        {
            // Nine decimal places of tolerance, so 9.2 is a multiple of 0.1 despite binary floating point (Ajv's multipleOfPrecision: 9).
            var quotient = value / divisor;
            if (Math.Abs(Math.Round(quotient) - quotient) > 1e-9 && !Set(ref valid, fail(location, $"multipleOf: {Show(value)} is not a multiple of {Show(divisor)}")))
            {
                return false;
            }
        }

        return valid;
    }

    private static JsonElement NameElement(string name)
    {
        using var document = JsonDocument.Parse(System.Text.Encoding.UTF8.GetBytes("\"" + System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(name) + "\""));
        return document.RootElement.Clone();
    }

    private static bool Set(ref bool valid, bool keepGoing)
    {
        valid = false;
        return keepGoing;
    }

    private static bool IsMatch(Regex regex, string value, out bool timedOut)
    {
        try
        {
            timedOut = false;
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            timedOut = true;
            return false;
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.GetDouble() is var d && d == Math.Floor(d) && !double.IsInfinity(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string List(JsonElement options)
    {
        var count = options.GetArrayLength();
        var shown = string.Join(", ", options.EnumerateArray().Take(6).Select(o => Shorten(o.GetRawText())));
        return count > 6 ? $"[{shown}, ... ({count} in all)]" : $"[{shown}]";
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
