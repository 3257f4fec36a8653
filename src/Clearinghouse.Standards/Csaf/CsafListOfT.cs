using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// An array member of a CSAF document. Unlike <see cref="List{T}"/> two lists are equal when their items are equal in
/// order, so that whole documents compare by value (parse, emit and parse again gives an equal model).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "It stands for a JSON array; CsafList reads as what it is.")]
[CollectionBuilder(typeof(CsafList), nameof(CsafList.Create))]
public sealed class CsafList<T> : IReadOnlyList<T>, ICollection<T>, IEquatable<CsafList<T>>
{
    private readonly List<T> items;

    /// <summary>An empty list (the JSON reader fills it).</summary>
    public CsafList() => items = [];

    /// <summary>A list of <paramref name="source"/>, in order.</summary>
    public CsafList(IEnumerable<T> source) => items = [.. source];

    /// <summary>The number of items.</summary>
    public int Count => items.Count;

    /// <summary>Lists are read-only once made; only the JSON reader adds items.</summary>
    bool ICollection<T>.IsReadOnly => false;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    void ICollection<T>.Add(T item) => items.Add(item);

    /// <inheritdoc/>
    void ICollection<T>.Clear() => items.Clear();

    /// <inheritdoc/>
    public bool Contains(T item) => items.Contains(item);

    /// <inheritdoc/>
    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    bool ICollection<T>.Remove(T item) => items.Remove(item);

    /// <summary>True when both lists hold equal items in the same order.</summary>
    public bool Equals(CsafList<T>? other) => other is not null && items.SequenceEqual(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CsafList<T>);

    /// <inheritdoc/>
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
