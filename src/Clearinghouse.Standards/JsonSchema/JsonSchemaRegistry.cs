namespace Clearinghouse.Standards.JsonSchema;

/// <summary>
/// The schemas that <c>$ref</c> can reach across documents, by absolute URI (each schema's <c>$id</c>, every embedded
/// <c>$id</c> and <c>$anchor</c>, and any extra URI the caller loads a schema under). The caller fills it: nothing is
/// ever fetched. One registry is shared by the schemas that refer to each other; references are resolved when an
/// instance is validated, so the order of loading does not matter. Not thread-safe while being filled.
/// </summary>
public sealed class JsonSchemaRegistry
{
    private readonly Dictionary<string, SchemaNode> nodes = new(StringComparer.Ordinal);
    private int anonymous;

    /// <summary>The absolute URIs of the schema documents loaded so far (without fragments).</summary>
    public IReadOnlyCollection<string> Documents => [.. nodes.Keys.Where(k => k.EndsWith('#')).Select(k => k[..^1])];

    /// <summary>True when a schema document is registered under <paramref name="uri"/> (without a fragment).</summary>
    public bool Contains(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return nodes.ContainsKey(Key(uri, ""));
    }

    internal string NewAnonymousBase() => $"urn:clearinghouse:anonymous-schema:{++anonymous}";

    internal void Register(string resource, string fragment, SchemaNode node) => nodes.TryAdd(Key(resource, fragment), node);

    internal SchemaNode? Find(string resource, string fragment) => nodes.GetValueOrDefault(Key(resource, fragment));

    private static string Key(string resource, string fragment) => resource + "#" + fragment;
}
