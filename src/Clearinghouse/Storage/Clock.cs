namespace Clearinghouse.Storage;

/// <summary>
/// Time and ids from the injected clock. Instants are truncated to whole microseconds, the precision PostgreSQL keeps,
/// so that a value hashed before it is stored (the audit chain) hashes the same after it is read back on either provider.
/// </summary>
public static class Clock
{
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ToMicroseconds(clock.GetUtcNow());
    }

    public static DateTimeOffset ToMicroseconds(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        return new DateTimeOffset(utc - (utc % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    /// <summary>A UUIDv7 (RFC 9562) whose time prefix comes from the injected clock, so ids sort by creation time.</summary>
    public static Guid NewId(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Guid.CreateVersion7(clock.GetUtcNow());
    }
}
