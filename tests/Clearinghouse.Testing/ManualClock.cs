namespace Clearinghouse.Testing;

/// <summary>A clock the test moves by hand, so expiries and deadlines are tested without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (this)
        {
            now += by;
        }
    }
}
