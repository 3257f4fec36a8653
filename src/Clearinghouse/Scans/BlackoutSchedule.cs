using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Clearinghouse.Contracts.Scans;

namespace Clearinghouse.Scans;

/// <summary>
/// When a blackout is in force, from local times in the owner's IANA time zone. Local times are wall-clock times: a
/// blackout from 01:00 to 04:00 lasts two hours on the night clocks spring forward and four on the night they fall back.
/// A local time that does not exist (inside the spring-forward gap) is moved forward by the gap, and one that exists twice
/// (inside the fall-back overlap) is the earlier instant, as NodaTime's lenient resolver does.
/// </summary>
public sealed class BlackoutSchedule
{
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private readonly TimeZoneInfo zone;
    private readonly BlackoutRecurrence recurrence;
    private readonly bool[] days;
    private readonly TimeOnly dailyStart;
    private readonly TimeOnly dailyEnd;
    private readonly DateTimeOffset onceStart;
    private readonly DateTimeOffset onceEnd;

    private BlackoutSchedule(TimeZoneInfo zone, BlackoutRecurrence recurrence, bool[] days, TimeOnly dailyStart, TimeOnly dailyEnd, DateTimeOffset onceStart, DateTimeOffset onceEnd)
    {
        this.zone = zone;
        this.recurrence = recurrence;
        this.days = days;
        this.dailyStart = dailyStart;
        this.dailyEnd = dailyEnd;
        this.onceStart = onceStart;
        this.onceEnd = onceEnd;
    }

    /// <summary>The weekdays, lower-case English names, Sunday first.</summary>
    public IReadOnlyList<string> Days => [.. DayNames.Where((_, i) => days[i])];

    public static bool TryCreate(
        string timeZone, BlackoutRecurrence recurrence, IReadOnlyList<string>? days, string start, string end,
        [NotNullWhen(true)] out BlackoutSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) || !zone.HasIanaId)
        {
            error = $"'{timeZone}' is not an IANA time zone such as America/Chicago.";
            return false;
        }

        if (recurrence == BlackoutRecurrence.Weekly)
        {
            if (days is not { Count: > 0 })
            {
                error = "A weekly blackout names its days: monday ... sunday.";
                return false;
            }

            var weekdays = new bool[7];
            foreach (var day in days)
            {
                var index = Array.FindIndex(DayNames, n => n.Equals(day, StringComparison.OrdinalIgnoreCase)
                    || (day.Length == 3 && n.StartsWith(day, StringComparison.OrdinalIgnoreCase)));
                if (index < 0)
                {
                    error = $"'{day}' is not a weekday (monday ... sunday).";
                    return false;
                }

                weekdays[index] = true;
            }

            if (!TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(end, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                error = "A weekly blackout's start and end are local times HH:mm.";
                return false;
            }

            schedule = new BlackoutSchedule(zone, recurrence, weekdays, from, to, default, default);
            error = null;
            return true;
        }

        if (!DateTime.TryParseExact(start, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localStart)
            || !DateTime.TryParseExact(end, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localEnd))
        {
            error = "A one-off blackout's start and end are local date-times yyyy-MM-ddTHH:mm.";
            return false;
        }

        var (onceStart, onceEnd) = (Resolve(zone, localStart), Resolve(zone, localEnd));
        if (onceEnd <= onceStart)
        {
            error = "A blackout ends after it starts.";
            return false;
        }

        schedule = new BlackoutSchedule(zone, recurrence, new bool[7], default, default, onceStart, onceEnd);
        error = null;
        return true;
    }

    /// <summary>The occurrences that overlap [<paramref name="from"/>, <paramref name="to"/>), earliest first.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Occurrences(DateTimeOffset from, DateTimeOffset to)
    {
        if (recurrence == BlackoutRecurrence.Once)
        {
            if (onceStart < to && onceEnd > from)
            {
                yield return (onceStart, onceEnd);
            }

            yield break;
        }

        // From the local day before (an occurrence that started yesterday may run past midnight) to the local day of the end.
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!days[(int)day.DayOfWeek])
            {
                continue;
            }

            var start = Resolve(zone, day.ToDateTime(dailyStart));
            var end = Resolve(zone, (dailyEnd <= dailyStart ? day.AddDays(1) : day).ToDateTime(dailyEnd));
            if (start < to && end > from)
            {
                yield return (start, end);
            }
        }
    }

    public bool InEffect(DateTimeOffset instant) => Occurrences(instant, instant.AddTicks(1)).Any();

    /// <summary>The instant a local wall-clock time stands for in <paramref name="zone"/> (see the class remarks for gaps and overlaps).</summary>
    public static DateTimeOffset Resolve(TimeZoneInfo zone, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }
}
