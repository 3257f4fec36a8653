using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.JsonSchema;

namespace Clearinghouse.Standards.Tests.JsonSchema;

public sealed class JsonSchemaTests
{
    private static Standards.JsonSchema.JsonSchema Schema(string json, JsonSchemaRegistry? registry = null, string? uri = null)
    {
        var result = Standards.JsonSchema.JsonSchema.Load(Encoding.UTF8.GetBytes(json), registry, uri);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    private static IReadOnlyList<string> Errors(Standards.JsonSchema.JsonSchema schema, string instance)
    {
        using var document = JsonDocument.Parse(instance);
        return [.. schema.Validate(document.RootElement).Select(d => d.ToString())];
    }

    [Fact]
    public void Each_failure_names_the_instance_pointer_and_the_keyword()
    {
        var schema = Schema("""
            {"type":"object","required":["a","b"],"properties":{"a":{"type":"string","minLength":2},"c":{"type":"array","items":{"enum":[1,2]}}},"additionalProperties":false}
            """);
        Assert.Equal(
            ["(document): required: 'b' is missing", "/a: minLength: 1 characters, fewer than 2", "/c/1: enum: not one of the allowed values [1, 2]", "/d~1e: additionalProperties: 'd/e' is not allowed"],
            Errors(schema, """{"a":"x","c":[1,3],"d/e":0}"""));
    }

    [Theory]
    [InlineData("""{"type":"integer"}""", "1.0", true)]
    [InlineData("""{"type":"integer"}""", "1.5", false)]
    [InlineData("""{"const":{"a":[1,2]}}""", """{"a":[1.0,2]}""", true)]
    [InlineData("""{"uniqueItems":true}""", """[{"a":1,"b":2},{"b":2,"a":1}]""", false)]
    [InlineData("""{"multipleOf":0.1}""", "9.2", true)]
    [InlineData("""{"exclusiveMaximum":10}""", "10", false)]
    [InlineData("""{"maxLength":2}""", "\"\uD83D\uDE00a\"", true)]
    [InlineData("""{"pattern":"^\\d+$"}""", "\"\u0661\"", false)]
    [InlineData("""{"pattern":"^a$"}""", "\"a\\n\"", false)]
    [InlineData("""{"oneOf":[{"type":"string"},{"minLength":1}]}""", "\"ab\"", false)]
    [InlineData("""{"if":{"properties":{"k":{"const":"x"}}},"then":{"required":["v"]},"else":{"required":["w"]}}""", """{"k":"x","w":1}""", false)]
    [InlineData("""{"not":{"type":"null"}}""", "null", false)]
    [InlineData("""{"contains":{"const":3}}""", "[1,2]", false)]
    [InlineData("""{"dependencies":{"a":["b"]}}""", """{"a":1}""", false)]
    [InlineData("""{"dependentRequired":{"a":["b"]}}""", """{"a":1,"b":2}""", true)]
    [InlineData("""{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}""", """{"x-a":"s"}""", true)]
    [InlineData("""{"items":[{"type":"string"}],"additionalItems":false}""", """["a",1]""", false)]
    [InlineData("""{"prefixItems":[{"type":"string"}],"items":false}""", """["a"]""", true)]
    [InlineData("""{"format":"date-time"}""", "\"2024-02-30T00:00:00Z\"", false)]
    [InlineData("""{"format":"date-time"}""", "\"2024-02-29T12:59:60Z\"", false)]
    [InlineData("""{"format":"date-time"}""", "\"2016-12-31T23:59:60Z\"", true)]
    [InlineData("""{"format":"date-time"}""", "\"2024-01-01T00:00:00\"", false)]
    [InlineData("""{"format":"iri-reference"}""", "\"not checked\"", true)]
    [InlineData("""{"format":"uri"}""", "\"relative/path\"", false)]
    [InlineData("""{"format":"email"}""", "\"a@example.com\"", true)]
    [InlineData("""{"$ref":"#/$defs/a","$defs":{"a":{"type":"number"}}}""", "\"s\"", false)]
    [InlineData("""{"$ref":"#/definitions/a%20b","definitions":{"a b":{"type":"number"}}}""", "1", true)]
    [InlineData("""{"$ref":"#n","$defs":{"x":{"$anchor":"n","type":"number"}}}""", "\"s\"", false)]
    [InlineData("""{"$id":"http://e.org/root.json","properties":{"p":{"$ref":"item.json"}},"$defs":{"i":{"$id":"item.json","type":"string"}}}""", """{"p":1}""", false)]
    [InlineData("false", "{}", false)]
    public void Keywords_behave_as_the_specification_says(string schema, string instance, bool valid) =>
        Assert.Equal(valid, Errors(Schema(schema), instance).Count == 0);

    [Fact]
    public void A_reference_to_another_document_is_found_in_the_shared_registry_whatever_the_loading_order()
    {
        var registry = new JsonSchemaRegistry();
        var main = Schema("""{"$id":"http://e.org/s/main.json","properties":{"sig":{"$ref":"other.json#/definitions/s"}}}""", registry);
        Assert.Equal(["/sig: $ref: cannot resolve 'other.json#/definitions/s' (is the schema it names in the registry?)"], Errors(main, """{"sig":1}"""));

        var fresh = new JsonSchemaRegistry();
        var late = Schema("""{"$id":"http://e.org/s/main.json","properties":{"sig":{"$ref":"other.json#/definitions/s"}}}""", fresh);
        Schema("""{"definitions":{"s":{"type":"string"}}}""", fresh, "http://e.org/s/other.json");
        Assert.True(fresh.Contains("http://e.org/s/other.json"));
        Assert.Equal(["/sig: type: expected string, found a number"], Errors(late, """{"sig":1}"""));
    }

    [Fact]
    public void A_draft_04_id_identifies_the_document()
    {
        var registry = new JsonSchemaRegistry();
        Schema("""{"id":"https://www.first.org/cvss/cvss-v2.0.json?20170531","type":"object"}""", registry, "https://www.first.org/cvss/cvss-v2.0.json");
        var main = Schema("""{"$ref":"https://www.first.org/cvss/cvss-v2.0.json"}""", registry);
        Assert.Single(Errors(main, "1"));
        Assert.True(registry.Contains("https://www.first.org/cvss/cvss-v2.0.json?20170531"));
    }

    [Theory]
    [InlineData("{", "line 1, byte 2")]
    [InlineData("""{"pattern":"("}""", "/pattern")]
    [InlineData("""{"properties":{"a":3}}""", "/properties/a")]
    public void A_bad_schema_is_refused_with_where_and_why(string json, string location)
    {
        var result = Standards.JsonSchema.JsonSchema.Load(Encoding.UTF8.GetBytes(json));
        Assert.False(result.Succeeded);
        Assert.Equal(location, Assert.Single(result.Diagnostics).Location);
    }

    [Fact]
    public void A_pattern_that_takes_too_long_fails_instead_of_hanging()
    {
        var schema = Schema("""{"pattern":"^(a+)+$"}""");
        var errors = Errors(schema, "\"" + new string('a', 40) + "!\"");
        Assert.Equal(["(document): pattern: matching '^(a+)+$' took too long"], errors);
    }

    [Theory]
    [InlineData(@"^\d+$", @"^[0-9]+\z")]
    [InlineData(@"[\w.]", @"[a-zA-Z0-9_.]")]
    [InlineData(@"[]", @"(?!)")]
    [InlineData(@"\u{41}", @"\u0041")]
    [InlineData(@"[\]$]", @"[\]$]")]
    public void ECMAScript_patterns_are_translated_to_the_same_meaning_in_dotnet(string ecma, string dotnet) =>
        Assert.Equal(dotnet, EcmaScriptPattern.Translate(ecma));
}
