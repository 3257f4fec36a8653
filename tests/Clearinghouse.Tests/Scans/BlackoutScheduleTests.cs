using Clearinghouse.Contracts.Scans;
using Clearinghouse.Scans;

namespace Clearinghouse.Tests.Scans;

public sealed class BlackoutScheduleTests
{
    private static BlackoutSchedule Weekly(string zone, string[] days, string start, string end)
    {
        Assert.True(BlackoutSchedule.TryCreate(zone, BlackoutRecurrence.Weekly, days, start, end, out var schedule, out var error), error);
        return schedule;
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekly_blackout_keeps_its_wall_clock_times_across_the_spring_daylight_saving_change()
    {
        // New York, Sundays 01:00 to 04:00. Clocks go from 02:00 EST to 03:00 EDT on 8 March 2026.
        var schedule = Weekly("America/New_York", ["sunday"], "01:00", "04:00");

        var occurrences = schedule.Occurrences(Utc(3, 1, 0), Utc(3, 16, 0)).ToList();

        Assert.Equal(
            [(Utc(3, 1, 6), Utc(3, 1, 9)), (Utc(3, 8, 6), Utc(3, 8, 8)), (Utc(3, 15, 5), Utc(3, 15, 8))],
            occurrences);
        Assert.True(schedule.InEffect(Utc(3, 8, 7, 30)));
        Assert.False(schedule.InEffect(Utc(3, 8, 8, 30)));
        Assert.True(schedule.InEffect(Utc(3, 15, 5, 30)));
        Assert.False(schedule.InEffect(Utc(3, 1, 5, 30)));
    }

    [Fact]
    public void A_weekly_blackout_lasts_an_hour_longer_on_the_night_clocks_fall_back()
    {
        // 1 November 2026: 02:00 EDT becomes 01:00 EST, so 01:00 happens twice; the blackout starts at the first.
        var schedule = Weekly("America/New_York", ["sun"], "01:00", "04:00");

        var (start, end) = Assert.Single(schedule.Occurrences(Utc(11, 1, 0), Utc(11, 2, 0)));

        Assert.Equal(Utc(11, 1, 5), start);
        Assert.Equal(Utc(11, 1, 9), end);
    }

    [Fact]
    public void A_local_start_inside_the_spring_gap_moves_forward_by_the_gap()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        Assert.Equal(Utc(3, 8, 7, 30), BlackoutSchedule.Resolve(zone, new DateTime(2026, 3, 8, 2, 30, 0)));
        Assert.Equal(Utc(3, 8, 7, 30), BlackoutSchedule.Resolve(zone, new DateTime(2026, 3, 8, 3, 30, 0)));
    }

    [Fact]
    public void A_blackout_that_ends_before_it_starts_runs_past_midnight_in_its_own_time_zone()
    {
        // Berlin, Friday 22:00 to 06:00 (CET, UTC+1 in November).
        var schedule = Weekly("Europe/Berlin", ["friday"], "22:00", "06:00");

        Assert.True(schedule.InEffect(Utc(11, 28, 4)));
        Assert.True(schedule.InEffect(Utc(11, 27, 21)));
        Assert.False(schedule.InEffect(Utc(11, 28, 5)));
        Assert.False(schedule.InEffect(Utc(11, 27, 20, 59)));
    }

    [Fact]
    public void A_one_off_blackout_in_Chicago_is_converted_once()
    {
        Assert.True(BlackoutSchedule.TryCreate("America/Chicago", BlackoutRecurrence.Once, null, "2026-12-31T18:00", "2027-01-02T08:00", out var schedule, out _));

        Assert.Equal([(Utc(12, 31, 0).AddDays(1), new DateTimeOffset(2027, 1, 2, 14, 0, 0, TimeSpan.Zero))], schedule.Occurrences(Utc(12, 1, 0), Utc(12, 31, 0).AddDays(30)));
    }

    [Theory]
    [InlineData("Mars/Olympus", "weekly", "monday", "08:00", "18:00", "IANA")]
    [InlineData("Eastern Standard Time", "weekly", "monday", "08:00", "18:00", "IANA")]
    [InlineData("America/Chicago", "weekly", "someday", "08:00", "18:00", "weekday")]
    [InlineData("America/Chicago", "weekly", "", "08:00", "18:00", "names its days")]
    [InlineData("America/Chicago", "weekly", "monday", "8am", "18:00", "HH:mm")]
    [InlineData("America/Chicago", "once", "", "2026-12-02T08:00", "2026-12-01T08:00", "ends after it starts")]
    public void A_bad_schedule_is_refused_with_the_reason(string zone, string recurrence, string days, string start, string end, string hint)
    {
        var kind = recurrence == "weekly" ? BlackoutRecurrence.Weekly : BlackoutRecurrence.Once;
        Assert.False(BlackoutSchedule.TryCreate(zone, kind, days.Length == 0 ? [] : [days], start, end, out _, out var error));
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }
}
