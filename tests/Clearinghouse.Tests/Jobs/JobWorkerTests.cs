using Clearinghouse.Jobs;
using Clearinghouse.Storage;

namespace Clearinghouse.Tests.Jobs;

public sealed class JobWorkerTests
{
    [Theory, BothProviders]
    public async Task Two_workers_racing_never_run_the_same_job_twice(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var ids = await harness.EnqueueAsync(TestJobs.Meets, count: 200);
        var (a, b) = (harness.NewWorker(), harness.NewWorker());

        var ran = await Task.WhenAll(
            Task.Run(() => a.RunDueJobsAsync(CancellationToken.None)),
            Task.Run(() => b.RunDueJobsAsync(CancellationToken.None)));

        var wrong = ids.Where(id => harness.Executions.Of(id) != 1).Select(id => $"{id} ran {harness.Executions.Of(id)} times").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(200, ran.Sum());
        Assert.True(harness.Executions.Met.Task.IsCompleted, "The two workers never held a job at the same time, so there was no race.");
        Assert.All(ran, n => Assert.True(n > 0, $"One worker ran every job ({string.Join(" and ", ran)}), so there was no race."));
        var jobs = await harness.JobsAsync();
        Assert.All(jobs, j => Assert.Equal((JobState.Succeeded, 1), (j.State, j.Attempts)));
    }

    [Theory, BothProviders]
    public async Task A_failing_handler_is_retried_with_backoff_until_max_attempts_then_failed_with_its_error(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker(o => o.RetryBaseDelay = TimeSpan.FromSeconds(30));
        var id = (await harness.EnqueueAsync(TestJobs.AlwaysThrows, maxAttempts: 3))[0];
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.Equal(1, await worker.RunDueJobsAsync(CancellationToken.None));
            var job = await harness.JobAsync(id);
            Assert.Equal((JobState.Queued, attempt, $"InvalidOperationException: the sandbox was unreachable on attempt {attempt}"), (job.State, job.Attempts, job.LastError));
            waits.Add(job.RunAfter - harness.Clock.Now());

            Assert.Equal(0, await worker.RunDueJobsAsync(CancellationToken.None));
            harness.Clock.Advance(waits[^1]);
        }

        Assert.Equal(1, await worker.RunDueJobsAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await worker.RunDueJobsAsync(CancellationToken.None));

        Assert.Equal(new[] { TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60) }, waits);
        var failed = await harness.JobAsync(id);
        Assert.Equal((JobState.Failed, 3, "InvalidOperationException: the sandbox was unreachable on attempt 3"), (failed.State, failed.Attempts, failed.LastError));
        Assert.NotNull(failed.FinishedAt);
        Assert.Equal(3, harness.Executions.Of(id));
    }

    [Fact]
    public async Task Backoff_doubles_from_the_base_delay_and_stops_at_the_maximum()
    {
        await using var harness = await WorkerHarness.CreateAsync(DatabaseProvider.Sqlite);
        var worker = harness.NewWorker(o => (o.RetryBaseDelay, o.RetryMaxDelay) = (TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));

        var waits = Enumerable.Range(1, 10).Select(n => worker.Backoff(n).TotalSeconds).ToList();

        Assert.Equal(new double[] { 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600 }, waits);
        Assert.Equal(TimeSpan.FromHours(1), worker.Backoff(int.MaxValue));
    }

    [Theory, BothProviders]
    public async Task A_handler_that_gives_up_fails_the_job_without_retrying(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker();
        var id = (await harness.EnqueueAsync(TestJobs.GivesUp, maxAttempts: 5))[0];

        await worker.RunDueJobsAsync(CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await worker.RunDueJobsAsync(CancellationToken.None);

        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Failed, 1, "the finding names no reproducible target"), (job.State, job.Attempts, job.LastError));
        Assert.Equal(1, harness.Executions.Of(id));
    }

    [Theory, BothProviders]
    public async Task A_job_kind_without_a_handler_fails_clearly(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker();
        var id = (await harness.EnqueueAsync("nobody.handles.this"))[0];

        await worker.RunDueJobsAsync(CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await worker.RunDueJobsAsync(CancellationToken.None);

        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Failed, 1), (job.State, job.Attempts));
        Assert.StartsWith("No handler is registered for job kind 'nobody.handles.this'", job.LastError, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_job_whose_lease_expired_is_run_again_by_another_worker(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var lease = TimeSpan.FromMinutes(5);
        var (dying, survivor) = (harness.NewWorker(o => o.LeaseDuration = lease), harness.NewWorker(o => o.LeaseDuration = lease));
        var id = (await harness.EnqueueAsync(TestJobs.Count))[0];

        // The first worker takes the job and its server stops before running it.
        var claimed = await dying.ClaimAsync(CancellationToken.None);
        Assert.Equal(id, claimed?.Id);
        var whileLeased = await survivor.RunDueJobsAsync(CancellationToken.None);
        harness.Clock.Advance(lease);
        var afterExpiry = await survivor.RunDueJobsAsync(CancellationToken.None);

        Assert.Equal((0, 1), (whileLeased, afterExpiry));
        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Succeeded, 2, survivor.Name), (job.State, job.Attempts, job.LeaseOwner));
        Assert.Equal(1, harness.Executions.Of(id));

        // Had the first worker come back to record an outcome, its lost lease would keep it from writing anything.
        Assert.False(await dying.RecordAsync(claimed!, JobOutcome.Fail("stale")));
        Assert.Equal(JobState.Succeeded, (await harness.JobAsync(id)).State);
    }

    [Theory, BothProviders]
    public async Task A_job_whose_worker_died_during_its_final_attempt_is_failed_not_run_again(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var (dying, survivor) = (harness.NewWorker(), harness.NewWorker());
        var id = (await harness.EnqueueAsync(TestJobs.Count, maxAttempts: 1))[0];

        Assert.NotNull(await dying.ClaimAsync(CancellationToken.None));
        harness.Clock.Advance(new JobsOptions().LeaseDuration);
        var ran = await survivor.RunDueJobsAsync(CancellationToken.None);

        var job = await harness.JobAsync(id);
        Assert.Equal((0, JobState.Failed, 1), (ran, job.State, job.Attempts));
        Assert.Contains("lease expired", job.LastError, StringComparison.Ordinal);
        Assert.Equal(0, harness.Executions.Of(id));
    }

    [Theory, BothProviders]
    public async Task A_long_job_keeps_its_lease_while_it_runs(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var lease = TimeSpan.FromMilliseconds(300);
        var (runner, other) = (harness.NewWorker(o => o.LeaseDuration = lease), harness.NewWorker(o => o.LeaseDuration = lease));
        var id = (await harness.EnqueueAsync(TestJobs.Blocks))[0];
        using var stop = new CancellationTokenSource();

        var running = Task.Run(() => runner.RunOnceAsync(stop.Token));
        await harness.Executions.BlockingStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var claimedUntil = (await harness.JobAsync(id)).LeaseExpiresAt!.Value;
        harness.Clock.Advance(lease / 2);
        var renewedUntil = await WhenAsync(harness, id, j => j.LeaseExpiresAt > claimedUntil);
        harness.Clock.Advance(lease / 2);
        var taken = await other.RunDueJobsAsync(CancellationToken.None);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(renewedUntil);
        Assert.True(harness.Clock.Now() >= claimedUntil, "The first lease has run out by the time the other worker looks.");
        Assert.Equal((0, 1), (taken, harness.Executions.Of(id)));
    }

    [Theory, BothProviders]
    public async Task A_worker_that_lost_its_lease_stops_the_attempt_and_writes_nothing(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var lease = TimeSpan.FromMilliseconds(300);
        var (slow, other) = (harness.NewWorker(o => o.LeaseDuration = lease), harness.NewWorker(o => o.LeaseDuration = lease));
        var id = (await harness.EnqueueAsync(TestJobs.Blocks))[0];

        var running = Task.Run(() => slow.RunOnceAsync(CancellationToken.None));
        await harness.Executions.BlockingStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The slow worker's clock jumps past its lease (a paused VM, say) and the other worker takes the job over.
        JobContext? takenOver = null;
        for (var tries = 0; takenOver is null && tries < 50; tries++)
        {
            harness.Clock.Advance(lease * 2);
            takenOver = await other.ClaimAsync(CancellationToken.None);
        }

        await harness.Executions.BlockingCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(takenOver);
        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Running, 2, other.Name, (string?)null), (job.State, job.Attempts, job.LeaseOwner, job.LastError));
        Assert.True(await other.RecordAsync(takenOver, JobOutcome.Succeeded));
    }

    [Theory, BothProviders]
    public async Task Succeeded_jobs_are_deleted_after_the_retention_period_and_failed_ones_are_kept(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker(o => o.KeepSucceededFor = TimeSpan.FromDays(7));
        var old = (await harness.EnqueueAsync(TestJobs.Count))[0];
        var failed = (await harness.EnqueueAsync(TestJobs.GivesUp))[0];
        await worker.RunDueJobsAsync(CancellationToken.None);

        harness.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var recent = (await harness.EnqueueAsync(TestJobs.Count))[0];
        await worker.RunDueJobsAsync(CancellationToken.None);

        var kept = (await harness.JobsAsync()).OrderBy(j => j.Id.Value).Select(j => (j.Id, j.State));
        Assert.Equal(new[] { (failed, JobState.Failed), (recent, JobState.Succeeded) }.OrderBy(j => j.Item1.Value), kept);
        Assert.Equal(1, harness.Executions.Of(old));
    }

    [Theory, BothProviders]
    public async Task The_worker_stops_cleanly_on_shutdown_and_the_interrupted_job_goes_back_to_the_queue(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker(o => o.PollInterval = TimeSpan.FromMilliseconds(20));
        var id = (await harness.EnqueueAsync(TestJobs.Blocks))[0];

        await worker.StartAsync(CancellationToken.None);
        await harness.Executions.BlockingStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await worker.StopAsync(bound.Token);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully, $"The worker's loop ended as {worker.ExecuteTask.Status}.");
        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Queued, 0, (DateTimeOffset?)null), (job.State, job.Attempts, job.LeaseExpiresAt));
        Assert.Equal(1, harness.Executions.Of(id));
    }

    [Fact]
    public async Task A_worker_with_two_handlers_for_one_kind_refuses_to_start()
    {
        await using var harness = await WorkerHarness.CreateAsync(DatabaseProvider.Sqlite);
        var worker = harness.NewWorker(services: s => s.AddJobHandler<TestJobs.SecondCountingHandler>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await worker.StartAsync(CancellationToken.None);
            await worker.ExecuteTask!;
        });

        Assert.Contains(TestJobs.Count, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Waits (bounded) until the worker's background lease renewal has written what the test expects.</summary>
    private static async Task<Job?> WhenAsync(WorkerHarness harness, JobId id, Func<Job, bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            var job = await harness.JobAsync(id);
            if (condition(job))
            {
                return job;
            }

            await Task.Delay(20);
        }

        return null;
    }
}
