using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.CveJson;

/// <summary>The raw-JSON member maps the reader builds: equal when they hold the same names with the same text.</summary>
internal sealed class CveValueMap(Dictionary<string, string> members) : IReadOnlyDictionary<string, string>
{
    public int Count => members.Count;

    public IEnumerable<string> Keys => members.Keys;

    public IEnumerable<string> Values => members.Values;

    public string this[string key] => members[key];

    public bool ContainsKey(string key) => members.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => members.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) =>
        obj is IReadOnlyDictionary<string, string> other && other.Count == Count
        && members.All(m => other.TryGetValue(m.Key, out var v) && v == m.Value);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, value) in members)
        {
            hash ^= HashCode.Combine(key, value); // order-independent, like the equality
        }

        return hash;
    }
}
