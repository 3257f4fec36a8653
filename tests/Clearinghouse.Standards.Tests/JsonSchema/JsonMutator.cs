using System.Text.Json.Nodes;

namespace Clearinghouse.Standards.Tests.JsonSchema;

/// <summary>Seeded random edits of a JSON document: delete a member or item, replace a value, or change a value's type.</summary>
public static class JsonMutator
{
    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => JsonValue.Create(""),
        _ => JsonValue.Create("x"),
        _ => JsonValue.Create("2024-02-30T10:00:00Z"),
        _ => JsonValue.Create("2024-01-15T10:00:00Z"),
        _ => JsonValue.Create("2024-01-15"),
        _ => JsonValue.Create("https://example.com/a b"),
        _ => JsonValue.Create("https://example.com/a"),
        _ => JsonValue.Create("not a uri"),
        _ => JsonValue.Create("pkg:npm/left-pad@1.3.0"),
        _ => JsonValue.Create("CVE-2021-44228"),
        _ => JsonValue.Create("a\u00e9\u4e2d"),
        _ => JsonValue.Create(" leading space"),
        _ => JsonValue.Create("MIT"),
        _ => JsonValue.Create("sha-256"),
        _ => JsonValue.Create("d41d8cd98f00b204e9800998ecf8427e"),
        r => JsonValue.Create(r.Next(-3, 12)),
        _ => JsonValue.Create(1.5),
        _ => JsonValue.Create(-0.1),
        _ => JsonValue.Create(1e300),
        _ => JsonValue.Create(true),
        _ => null,
        _ => new JsonObject(),
        _ => new JsonArray(),
        _ => new JsonArray(JsonValue.Create("a"), JsonValue.Create("a")),
        _ => new JsonObject { ["name"] = "x" },
    ];

    /// <summary>A mutated copy of <paramref name="json"/> as one line, and what was done.</summary>
    public static (string Json, string Edit) Mutate(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var path = target.GetPath();
        var parent = target.Parent;
        var operation = parent is null ? 1 : random.Next(3);
        string edit;
        switch (operation)
        {
            case 0:
                Remove(target);
                edit = $"delete {path}";
                break;
            case 1 when parent is not null:
                var replacement = random.Next(4) == 0 && nodes.Count > 1 ? nodes[random.Next(nodes.Count)].DeepClone() : Replacements[random.Next(Replacements.Length)](random);
                Replace(target, replacement);
                edit = $"replace {path} with {replacement?.ToJsonString() ?? "null"}";
                break;
            default:
                if (parent is null)
                {
                    edit = "none";
                    break;
                }

                JsonNode? retyped = target switch
                {
                    JsonObject o => new JsonArray([.. o.Select(p => p.Value?.DeepClone())]),
                    JsonArray a => a.Count > 0 ? a[0]?.DeepClone() : new JsonObject(),
                    JsonValue v when v.TryGetValue<string>(out var s) => double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : new JsonArray(JsonValue.Create(s)),
                    JsonValue v => JsonValue.Create(v.ToJsonString()),
                    _ => null,
                };
                Replace(target, retyped);
                edit = $"retype {path} to {retyped?.ToJsonString() ?? "null"}";
                break;
        }

        var text = root.ToJsonString();
        return (text.Length > 400_000 ? json : text, edit);
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o)
                {
                    Collect(p.Value, nodes);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, nodes);
                }

                break;
            default:
                break;
        }
    }

    private static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case JsonArray a:
                a.RemoveAt(target.GetElementIndex());
                break;
            default:
                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
            default:
                break;
        }
    }
}
