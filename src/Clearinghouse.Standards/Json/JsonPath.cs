namespace Clearinghouse.Standards.Json;

/// <summary>
/// Where a value sits in a document, kept as a link to its parent and written out as a JSON pointer only when a
/// diagnostic needs it: readers pass one down to every element, and most elements never have a problem.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? parent;
    private readonly string? member;
    private readonly int index;

    private JsonPath(JsonPath? parent, string? member, int index)
    {
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /// <summary>The document itself (the pointer <c>""</c>).</summary>
    public static JsonPath Root { get; } = new(null, null, 0);

    /// <summary>A member of the object here.</summary>
    public JsonPath this[string name] => new(this, name, 0);

    /// <summary>An element of the array here.</summary>
    public JsonPath this[int position] => new(this, null, position);

    /// <summary>The JSON pointer (RFC 6901).</summary>
    public override string ToString() => parent is null
        ? ""
        : member is not null ? JsonInput.Pointer(parent.ToString(), member) : JsonInput.Pointer(parent.ToString(), index);
}
