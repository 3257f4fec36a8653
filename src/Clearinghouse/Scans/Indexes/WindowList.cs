namespace Clearinghouse.Scans.Indexes;

/// <summary>Something that holds for a half-open period [<see cref="From"/>, <see cref="Until"/>).</summary>
public interface IWindowed
{
    DateTimeOffset From { get; }

    DateTimeOffset Until { get; }
}

/// <summary>
/// Windows sorted by start. A window overlapping [from, to) starts before <c>to</c> and no earlier than <c>from</c> minus
/// the longest window the list ever held, so an overlap query is a binary search plus a scan of that stretch only.
/// The longest length only grows, which keeps the bound safe after removals.
/// </summary>
public sealed class WindowList<T>
    where T : class, IWindowed
{
    private readonly List<T> items = [];
    private long longestTicks;

    public int Count => items.Count;

    public void Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        longestTicks = Math.Max(longestTicks, item.Until.UtcTicks - item.From.UtcTicks);
        items.Insert(FirstStartingAtOrAfter(item.From.UtcTicks + 1), item);
    }

    public bool Remove(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (var i = FirstStartingAtOrAfter(item.From.UtcTicks); i < items.Count && items[i].From == item.From; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                items.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>The windows that overlap [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public IEnumerable<T> Overlapping(DateTimeOffset from, DateTimeOffset to)
    {
        var fromTicks = from.UtcTicks;
        var toTicks = to.UtcTicks;
        for (var i = FirstStartingAtOrAfter(fromTicks - longestTicks); i < items.Count && items[i].From.UtcTicks < toTicks; i++)
        {
            if (items[i].Until.UtcTicks > fromTicks)
            {
                yield return items[i];
            }
        }
    }

    /// <summary>The windows in force at <paramref name="instant"/>.</summary>
    public IEnumerable<T> At(DateTimeOffset instant) => Overlapping(instant, instant.AddTicks(1));

    private int FirstStartingAtOrAfter(long ticks)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (items[mid].From.UtcTicks < ticks)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
