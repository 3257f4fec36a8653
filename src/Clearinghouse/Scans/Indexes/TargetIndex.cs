namespace Clearinghouse.Scans.Indexes;

/// <summary>One <see cref="PrefixIndex{TKey,TBucket}"/> for address ranges and one for names, behind the target that chooses between them.</summary>
public sealed class TargetIndex<TBucket>
    where TBucket : class, new()
{
    private readonly PrefixIndex<NetworkPrefix, TBucket> networks = new();
    private readonly PrefixIndex<NamePath, TBucket> names = new();

    public int Count => networks.Count + names.Count;

    public TBucket GetOrAdd(ScanTarget target) =>
        target.Network is { } network ? networks.GetOrAdd(network) : names.GetOrAdd(target.Name!.Value);

    public bool TryGet(ScanTarget target, out TBucket bucket) =>
        target.Network is { } network ? networks.TryGet(network, out bucket) : names.TryGet(target.Name!.Value, out bucket);

    public void Remove(ScanTarget target)
    {
        if (target.Network is { } network)
        {
            networks.Remove(network);
        }
        else
        {
            names.Remove(target.Name!.Value);
        }
    }

    /// <summary>The buckets of the target and of every key containing it.</summary>
    public IEnumerable<TBucket> Containing(ScanTarget target) =>
        target.Network is { } network ? networks.Containing(network).Select(b => b.Bucket) : names.Containing(target.Name!.Value).Select(b => b.Bucket);

    /// <summary>The buckets of every key that contains the target or lies within it.</summary>
    public IEnumerable<TBucket> Overlapping(ScanTarget target) =>
        target.Network is { } network ? networks.Overlapping(network).Select(b => b.Bucket) : names.Overlapping(target.Name!.Value).Select(b => b.Bucket);
}
