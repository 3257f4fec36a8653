namespace Clearinghouse.Scans.Indexes;

/// <summary>
/// Buckets keyed by hierarchical keys, answering "which keys contain this one" (its ancestors: one hash look-up per depth
/// in use, so a look-up costs the same at a thousand keys as at a million) and "which keys lie within this one" (one range
/// of a sorted set). Not thread-safe: <see cref="ScanRegistry"/> guards it.
/// </summary>
public sealed class PrefixIndex<TKey, TBucket>
    where TKey : struct, IPrefixKey<TKey>
    where TBucket : class, new()
{
    private readonly Dictionary<TKey, TBucket> buckets = [];
    private readonly SortedSet<TKey> keys = [];
    private int[] keysAtDepth = new int[130];

    public int Count => buckets.Count;

    public TBucket GetOrAdd(TKey key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            buckets[key] = bucket = new TBucket();
            keys.Add(key);
            if (key.Depth >= keysAtDepth.Length)
            {
                Array.Resize(ref keysAtDepth, key.Depth * 2);
            }

            keysAtDepth[key.Depth]++;
        }

        return bucket;
    }

    public bool TryGet(TKey key, out TBucket bucket) => buckets.TryGetValue(key, out bucket!);

    public void Remove(TKey key)
    {
        if (buckets.Remove(key))
        {
            keys.Remove(key);
            keysAtDepth[key.Depth]--;
        }
    }

    /// <summary>The buckets of <paramref name="key"/> and of every key that contains it, outermost first.</summary>
    public IEnumerable<(TKey Key, TBucket Bucket)> Containing(TKey key)
    {
        var depth = Math.Min(key.Depth, keysAtDepth.Length - 1);
        for (var d = 0; d <= depth; d++)
        {
            if (keysAtDepth[d] > 0 && buckets.TryGetValue(key.AncestorAt(d), out var bucket))
            {
                yield return (key.AncestorAt(d), bucket);
            }
        }
    }

    /// <summary>The buckets of <paramref name="key"/> and of every key within it, in key order.</summary>
    public IEnumerable<(TKey Key, TBucket Bucket)> Within(TKey key)
    {
        foreach (var inner in keys.GetViewBetween(key, key.LastDescendant))
        {
            yield return (inner, buckets[inner]);
        }
    }

    /// <summary>The buckets of every key that contains <paramref name="key"/> or lies within it: the keys that overlap it.</summary>
    public IEnumerable<(TKey Key, TBucket Bucket)> Overlapping(TKey key)
    {
        foreach (var outer in Containing(key))
        {
            if (!outer.Key.Equals(key))
            {
                yield return outer;
            }
        }

        foreach (var inner in Within(key))
        {
            yield return inner;
        }
    }
}
