using System.Collections.Concurrent;
using Clearinghouse.Jobs;

namespace Clearinghouse.Tests.Jobs;

/// <summary>Job kinds the tests enqueue, their handlers, and what the handlers saw.</summary>
internal static class TestJobs
{
    public const string Count = "test.count";
    public const string AlwaysThrows = "test.always_throws";
    public const string GivesUp = "test.gives_up";
    public const string Blocks = "test.blocks";
    public const string Meets = "test.meets";

    public sealed record Note(string Text);

    /// <summary>Shared by every worker of a test, so executions are counted per job across workers.</summary>
    public sealed class Executions
    {
        private readonly ConcurrentDictionary<JobId, int> runs = new();
        private readonly ConcurrentDictionary<JobId, string> notes = new();

        public TaskCompletionSource BlockingStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource BlockingCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set when two <see cref="Meets"/> jobs are running at once: only two workers can do that.</summary>
        public TaskCompletionSource Met { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private int meeting;

        public int Arrive() => Interlocked.Increment(ref meeting);

        public IReadOnlyDictionary<JobId, int> Runs => runs;

        public int Of(JobId id) => runs.GetValueOrDefault(id);

        public string? NoteOf(JobId id) => notes.GetValueOrDefault(id);

        public void Ran(JobContext job, string? note = null)
        {
            runs.AddOrUpdate(job.Id, 1, (_, n) => n + 1);
            if (note is not null)
            {
                notes[job.Id] = note;
            }
        }
    }

    public sealed class CountingHandler(Executions executions) : IJobHandler
    {
        public string Kind => Count;

        public Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            executions.Ran(job, job.ReadPayload<Note>().Text);
            return Task.FromResult(JobOutcome.Succeeded);
        }
    }

    /// <summary>A second handler for <see cref="Count"/>: a registration mistake the worker must refuse.</summary>
    public sealed class SecondCountingHandler : IJobHandler
    {
        public string Kind => Count;

        public Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken) => Task.FromResult(JobOutcome.Succeeded);
    }

    public sealed class ThrowingHandler(Executions executions) : IJobHandler
    {
        public string Kind => AlwaysThrows;

        public Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            executions.Ran(job);
            throw new InvalidOperationException($"the sandbox was unreachable on attempt {job.Attempt}");
        }
    }

    public sealed class GivingUpHandler(Executions executions) : IJobHandler
    {
        public string Kind => GivesUp;

        public Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            executions.Ran(job);
            return Task.FromResult(JobOutcome.Fail("the finding names no reproducible target"));
        }
    }

    public sealed class BlockingHandler(Executions executions) : IJobHandler
    {
        public string Kind => Blocks;

        public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            executions.Ran(job);
            executions.BlockingStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                executions.BlockingCancelled.TrySetResult();
            }

            return JobOutcome.Succeeded;
        }
    }

    /// <summary>
    /// Its first two runs wait for each other (up to a bound), so two workers each hold a job at the same moment and both
    /// go on to run jobs; a worker runs one job at a time, so only a second worker can complete the meeting.
    /// </summary>
    public sealed class MeetingHandler(Executions executions) : IJobHandler
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        public string Kind => Meets;

        public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            executions.Ran(job, job.ReadPayload<Note>().Text);
            if (executions.Arrive() == 2)
            {
                executions.Met.TrySetResult();
            }

            await Task.WhenAny(executions.Met.Task, Task.Delay(Patience, cancellationToken));
            return JobOutcome.Succeeded;
        }
    }
}
