using System.Text.Json;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// Members of a CSAF object that the model has no property for, each kept as the JSON value written, so that an
/// advisory from a newer or extended producer round-trips. Two sets are equal when they have the same names with
/// deeply equal values (member order ignored).
/// </summary>
public sealed class CsafExtensions : Dictionary<string, JsonElement>, IEquatable<CsafExtensions>
{
    /// <summary>An empty set.</summary>
    public CsafExtensions()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>True when both sets have the same member names with deeply equal JSON values.</summary>
    public bool Equals(CsafExtensions? other) =>
        other is not null && Count == other.Count && this.All(m => other.TryGetValue(m.Key, out var value) && JsonElement.DeepEquals(m.Value, value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CsafExtensions);

    /// <inheritdoc/>
    public override int GetHashCode() => Count;
}
