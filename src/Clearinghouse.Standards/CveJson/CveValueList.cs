using System.Collections;

namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// The lists the reader builds: equal when their items are equal in order, so records read from equal JSON compare equal
/// (record equality compares list members with <see cref="object.Equals(object)"/>).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class CveValueList<T>(List<T> items) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) => obj is IReadOnlyList<T> other && other.Count == Count && items.SequenceEqual(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
