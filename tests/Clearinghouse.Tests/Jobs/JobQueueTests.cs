using Clearinghouse.Jobs;
using Clearinghouse.Storage;

namespace Clearinghouse.Tests.Jobs;

public sealed class JobQueueTests
{
    [Theory, BothProviders]
    public async Task A_job_enqueued_in_a_transaction_that_rolls_back_does_not_exist(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker();
        await using (var db = harness.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            JobQueue.Enqueue(db, TestJobs.Count, new TestJobs.Note("rolled back"));
            WorkerHarness.RecordChange(db);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await worker.RunDueJobsAsync(CancellationToken.None));
        Assert.Empty(await harness.JobsAsync());
        Assert.Empty(harness.Executions.Runs);
    }

    [Theory, BothProviders]
    public async Task A_job_is_enqueued_only_with_an_audited_change(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        await using var db = harness.Open();
        JobQueue.Enqueue(db, TestJobs.Count, new TestJobs.Note("alone"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("audit entry", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.JobsAsync());
    }

    [Theory, BothProviders]
    public async Task A_committed_job_runs_once_and_is_marked_succeeded(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker();
        var id = (await harness.EnqueueAsync(TestJobs.Count))[0];
        var queued = await harness.JobAsync(id);

        var first = await worker.RunDueJobsAsync(CancellationToken.None);
        var second = await worker.RunDueJobsAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(1, harness.Executions.Of(id));
        Assert.Equal("note 0", harness.Executions.NoteOf(id));
        var job = await harness.JobAsync(id);
        Assert.Equal((JobState.Queued, 0, harness.Clock.Now()), (queued.State, queued.Attempts, queued.RunAfter));
        Assert.Equal((JobState.Succeeded, 1, harness.Clock.Now(), worker.Name, (DateTimeOffset?)null, (string?)null),
            (job.State, job.Attempts, job.FinishedAt, job.LeaseOwner, job.LeaseExpiresAt, job.LastError));
    }

    [Theory, BothProviders]
    public async Task A_job_to_run_later_waits_until_its_time(DatabaseProvider provider)
    {
        await using var harness = await WorkerHarness.CreateAsync(provider);
        var worker = harness.NewWorker();
        var id = (await harness.EnqueueAsync(TestJobs.Count, runAfter: harness.Clock.Now().AddHours(1)))[0];

        var early = await worker.RunDueJobsAsync(CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var onTime = await worker.RunDueJobsAsync(CancellationToken.None);

        Assert.Equal((0, 1), (early, onTime));
        Assert.Equal(JobState.Succeeded, (await harness.JobAsync(id)).State);
    }
}
