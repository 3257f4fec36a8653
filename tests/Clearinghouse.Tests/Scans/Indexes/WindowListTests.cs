using Clearinghouse.Scans.Indexes;

namespace Clearinghouse.Tests.Scans.Indexes;

public sealed class WindowListTests
{
    private static readonly DateTimeOffset Origin = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Overlap_queries_find_exactly_the_windows_a_scan_would_including_long_ones_that_started_early()
    {
        var random = new Random(6);
        var list = new WindowList<Window>();
        var all = new List<Window>();
        for (var i = 0; i < 2000; i++)
        {
            var start = Origin.AddHours(random.Next(24 * 60));
            var window = new Window(start, start.AddHours(random.Next(1, i % 100 == 0 ? 24 * 30 : 48)));
            all.Add(window);
            list.Add(window);
        }

        foreach (var removed in all.Where((_, i) => i % 7 == 0).ToList())
        {
            Assert.True(list.Remove(removed));
            all.Remove(removed);
        }

        for (var q = 0; q < 300; q++)
        {
            var from = Origin.AddHours(random.Next(24 * 60));
            var to = from.AddHours(random.Next(1, 72));
            Assert.Equal(all.Where(w => w.From < to && w.Until > from).OrderBy(w => w.From).ThenBy(w => w.Until).ToList(),
                list.Overlapping(from, to).OrderBy(w => w.From).ThenBy(w => w.Until).ToList());
        }
    }

    [Fact]
    public void A_window_is_half_open()
    {
        var list = new WindowList<Window>();
        list.Add(new Window(Origin, Origin.AddHours(1)));

        Assert.Single(list.At(Origin));
        Assert.Empty(list.At(Origin.AddHours(1)));
        Assert.Empty(list.Overlapping(Origin.AddHours(-1), Origin));
    }

    private sealed record Window(DateTimeOffset From, DateTimeOffset Until) : IWindowed;
}
