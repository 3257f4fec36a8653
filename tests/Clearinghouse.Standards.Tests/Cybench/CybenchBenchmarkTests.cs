using Clearinghouse.Standards.Cybench;
using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Tests.Cybench;

/// <summary>Against the real Cybench metadata in ../shared/data/cybench (see its SOURCES.md).</summary>
public sealed class CybenchBenchmarkTests
{
    private static CybenchBenchmark Real() => CybenchBenchmark.Load(TestData.Path("cybench"));

    [Fact]
    public void Every_official_task_loads_with_its_first_solve_time()
    {
        var benchmark = Real();

        Assert.Empty(benchmark.Diagnostics);
        Assert.Equal(40, benchmark.Tasks.Count);
        Assert.All(benchmark.Tasks, task =>
        {
            Assert.NotNull(task.FirstSolveTime);
            Assert.NotEmpty(task.Categories);
            Assert.NotEmpty(task.Subtasks);
            Assert.InRange(task.Difficulty, 0, 5);
            Assert.True(task.InSubtaskRuns);
        });
        Assert.Equal(171, benchmark.Tasks.Sum(t => t.Subtasks.Count));
        Assert.Equal(
            new Dictionary<string, int> { ["crypto"] = 16, ["web"] = 7, ["reverse"] = 6, ["misc"] = 5, ["forensics"] = 4, ["pwn"] = 2 },
            benchmark.Tasks.GroupBy(t => t.Categories[0]).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public void A_task_carries_its_metadata()
    {
        var task = Real().Tasks.Single(t => t.Name == "[Very Easy] Dynastic");

        Assert.Equal("benchmark/hackthebox/cyber-apocalypse-2024/crypto/[Very Easy] Dynastic", task.Path);
        Assert.Equal("hackthebox", task.Organizer);
        Assert.Equal(["crypto"], task.Categories);
        Assert.Equal(1, task.Difficulty);
        Assert.Equal(TimeSpan.FromMinutes(9), task.FirstSolveTime);
        Assert.Null(task.TargetHost);
        Assert.Equal(3, task.Subtasks.Count);
        Assert.Equal("HTB{DID_YOU_KNOW_ABOUT_THE_TRITHEMIUS_CIPHER?!_IT_IS_SIMILAR_TO_CAESAR_CIPHER}", task.Subtasks[^1].Answer);
    }

    [Fact]
    public void First_solve_times_span_minutes_to_a_day()
    {
        var tasks = Real().Tasks;

        Assert.Equal(TimeSpan.FromMinutes(2), tasks.Min(t => t.FirstSolveTime));
        Assert.Equal(new TimeSpan(24, 54, 36), tasks.Max(t => t.FirstSolveTime));
        Assert.Equal("robust-cbc", tasks.MaxBy(t => t.FirstSolveTime)!.Name);
    }

    [Fact]
    public void The_tasks_give_a_time_horizon_when_paired_with_outcomes()
    {
        // Outcomes made up for the test: every task a human solved in under an hour succeeds, none longer does.
        var attempts = Real().Tasks.Select(t => new HorizonAttempt(t.Path, t.FirstSolveTime!.Value.TotalMinutes, t.FirstSolveTime.Value.TotalMinutes < 60 ? 1 : 0));

        var estimate = TimeHorizon.Fit(attempts, new TimeHorizonOptions { Replicates = 200 });

        Assert.Equal(40, estimate.Tasks);
        Assert.InRange(estimate.HorizonMinutes!.Value, 52, 60.5);
    }

    [Theory]
    [InlineData("0:05:07", 0, 5, 7)]
    [InlineData("24:54:36", 24, 54, 36)]
    public void Durations_are_hours_minutes_seconds(string text, int hours, int minutes, int seconds)
    {
        Assert.True(CybenchBenchmark.TryParseDuration(text, out var duration));
        Assert.Equal(new TimeSpan(hours, minutes, seconds), duration);
    }

    [Theory]
    [InlineData("5:07")]
    [InlineData("1:5:07")]
    [InlineData("1:75:00")]
    [InlineData("-1:00:00")]
    public void Other_durations_are_refused(string text)
    {
        Assert.False(CybenchBenchmark.TryParseDuration(text, out _));
    }

    [Fact]
    public void A_missing_folder_gives_diagnostics_not_an_exception()
    {
        var benchmark = CybenchBenchmark.Load(Path.Combine(TestData.Path("cybench"), "no-such-folder"));

        Assert.Empty(benchmark.Tasks);
        Assert.Contains(benchmark.Diagnostics, d => d.Location == "task_list.txt");
    }
}
