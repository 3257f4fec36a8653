using System.Globalization;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Clearinghouse.Jobs;

/// <summary>
/// Runs queued jobs, one at a time per process. A job is claimed with a lease (owner and expiry) and its attempt counted
/// in one statement: on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>, so any number of server processes share the queue;
/// on SQLite a conditional UPDATE, which the database's single write lock makes atomic. A job whose lease expired (its
/// worker died) is claimed again. Bookkeeping is set-based SQL fenced by the lease, not an audited state change: the
/// handlers audit the domain changes they make.
/// </summary>
public sealed class JobWorker : BackgroundService
{
    private const int MaxErrorLength = 2000;

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    // Bookkeeping after an attempt must not be lost to the shutdown token, but must not hold up shutdown for long either.
    private static readonly TimeSpan BookkeepingTimeout = TimeSpan.FromSeconds(10);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly JobsOptions options;
    private readonly ILogger<JobWorker> log;
    private DateTimeOffset? lastPurge;

    public JobWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobWorker> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scopes = scopes;
        this.clock = clock;
        this.options = options.Value;
        this.log = log;

        // The UUID's last characters are random; its first ones are the time, which two workers may share.
        Name = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{clock.NewId().ToString("N")[^8..]}");
    }

    /// <summary>This worker's lease owner name: machine, process, and a random part for several workers in one process.</summary>
    public string Name { get; }

    /// <summary>Runs due jobs one after another until none is due (or <paramref name="cancellationToken"/> stops it); returns the number of attempts run.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        var ran = 0;
        while (!cancellationToken.IsCancellationRequested && await RunOnceAsync(cancellationToken))
        {
            ran++;
        }

        return ran;
    }

    /// <summary>Claims one due job and runs one attempt of it; false when no job was due.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var job = await ClaimAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        await RunAttemptAsync(job, cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunWorker)
        {
            return;
        }

        await AnnounceAsync();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                JobsLog.QueueUnavailable(log, Name, e);
            }

            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        JobsLog.WorkerStopped(log, Name);
    }

    /// <summary>Claims the next due job for this worker, or returns null. Tests call it alone to play a worker that dies holding a lease.</summary>
    internal async Task<JobContext?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
        var now = clock.Now();
        var expires = now + options.LeaseDuration;
        var id = db.Provider == DatabaseProvider.Postgres
            ? await ClaimOnPostgresAsync(db, now, expires, ct)
            : await ClaimOnSqliteAsync(db, now, expires, ct);
        if (id is not { } claimed)
        {
            return null;
        }

        var job = await db.Set<Job>().AsNoTracking().SingleAsync(j => j.Id == claimed, ct);
        return new JobContext(job.Id, job.Kind, job.Payload, job.Attempts, job.MaxAttempts);
    }

    /// <summary>Records how an attempt ended, unless the lease was lost meanwhile; false when it was.</summary>
    internal async Task<bool> RecordAsync(JobContext job, JobOutcome outcome)
    {
        using var timeout = new CancellationTokenSource(BookkeepingTimeout, clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
        var now = clock.Now();
        var held = Held(db, job);
        int rows;
        if (outcome.Kind == JobOutcomeKind.Succeeded)
        {
            rows = await held.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Succeeded)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), timeout.Token);
            if (rows == 1)
            {
                JobsLog.Succeeded(log, job.Id, job.Kind, job.Attempt);
            }
        }
        else if (outcome.Kind == JobOutcomeKind.Retry && job.Attempt < job.MaxAttempts)
        {
            var error = Truncate(outcome.Error!);
            var runAfter = Clock.ToMicroseconds(now + (outcome.RetryAfter ?? Backoff(job.Attempt)));
            rows = await held.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.RunAfter, runAfter)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), timeout.Token);
            if (rows == 1)
            {
                JobsLog.Retrying(log, job.Id, job.Kind, job.Attempt, job.MaxAttempts, runAfter, error);
            }
        }
        else
        {
            var error = Truncate(outcome.Error!);
            rows = await held.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Failed)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), timeout.Token);
            if (rows == 1)
            {
                JobsLog.Failed(log, job.Id, job.Kind, job.Attempt, job.MaxAttempts, error);
            }
        }

        if (rows == 0)
        {
            JobsLog.LeaseLost(log, job.Id, job.Kind, job.Attempt);
        }

        return rows == 1;
    }

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures: the base delay doubled each time, capped.</summary>
    internal TimeSpan Backoff(int failedAttempts)
    {
        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var ticks = options.RetryBaseDelay.Ticks * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        return ticks >= options.RetryMaxDelay.Ticks ? options.RetryMaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private async Task RunAttemptAsync(JobContext job, CancellationToken stopping)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = KeepLeaseAsync(job, attempt, stopHeartbeat.Token);
        JobOutcome? outcome;
        try
        {
            outcome = await HandleAsync(job, attempt.Token);
        }
        catch (Exception e) when (!attempt.IsCancellationRequested)
        {
            JobsLog.Threw(log, job.Id, job.Kind, job.Attempt, e);
            outcome = JobOutcome.Retry($"{e.GetType().Name}: {e.Message}");
        }
        catch (Exception) when (attempt.IsCancellationRequested)
        {
            outcome = null;
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
        }

        var leaseLost = await heartbeat;
        if (outcome is not null)
        {
            await RecordAsync(job, outcome);
        }
        else if (leaseLost)
        {
            JobsLog.LeaseLost(log, job.Id, job.Kind, job.Attempt);
        }
        else
        {
            await ReleaseAsync(job);
        }
    }

    private async Task<JobOutcome> HandleAsync(JobContext job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IJobHandler>().Where(h => h.Kind == job.Kind).ToList();
        return handlers switch
        {
            [] => JobOutcome.Fail($"No handler is registered for job kind '{job.Kind}' (services.AddJobHandler<T>()); the job cannot run."),
            [var handler] => await handler.RunAsync(job, ct),
            _ => JobOutcome.Fail($"{handlers.Count} handlers are registered for job kind '{job.Kind}' ({string.Join(", ", handlers.Select(h => h.GetType().Name))}); there must be one."),
        };
    }

    /// <summary>Renews the lease every third of its length while the attempt runs; cancels the attempt and returns true if the lease was lost.</summary>
    private async Task<bool> KeepLeaseAsync(JobContext job, CancellationTokenSource attempt, CancellationToken stop)
    {
        var every = options.LeaseDuration / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
                var expires = clock.Now() + options.LeaseDuration;
                var rows = await Held(db, job).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, expires), stop);
                if (rows == 0)
                {
                    await attempt.CancelAsync();
                    return true;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The lease outlives a few missed renewals; the next one may get through.
                JobsLog.QueueUnavailable(log, Name, e);
            }
        }

        return false;
    }

    /// <summary>Shutdown interrupted the attempt: the job goes back to the queue at once, and the interrupted attempt does not count.</summary>
    private async Task ReleaseAsync(JobContext job)
    {
        using var timeout = new CancellationTokenSource(BookkeepingTimeout, clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
        var rows = await Held(db, job).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), timeout.Token);
        if (rows == 1)
        {
            JobsLog.Interrupted(log, job.Id, job.Kind);
        }
        else
        {
            JobsLog.LeaseLost(log, job.Id, job.Kind, job.Attempt);
        }
    }

    /// <summary>
    /// A worker that died during a job's final attempt leaves it running with an expired lease and no attempts left: it
    /// failed. And now and then, succeeded jobs older than <see cref="JobsOptions.KeepSucceededFor"/> are deleted.
    /// </summary>
    private async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
        var now = clock.Now();
        var abandoned = await db.Set<Job>()
            .Where(j => j.State == JobState.Running && j.LeaseExpiresAt <= now && j.Attempts >= j.MaxAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Failed)
                .SetProperty(j => j.LastError, "The worker stopped during the final attempt (its lease expired).")
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        if (abandoned > 0)
        {
            JobsLog.AbandonedOnLastAttempt(log, abandoned);
        }

        if (lastPurge is { } last && now - last < PurgeEvery)
        {
            return;
        }

        lastPurge = now;
        var cutoff = now - options.KeepSucceededFor;
        var purged = await db.Set<Job>().Where(j => j.State == JobState.Succeeded && j.FinishedAt < cutoff).ExecuteDeleteAsync(ct);
        if (purged > 0)
        {
            JobsLog.Purged(log, purged, options.KeepSucceededFor);
        }
    }

    /// <summary>The job as long as this worker still holds it for this attempt: a worker that lost its lease writes nothing.</summary>
    private IQueryable<Job> Held(ClearinghouseDb db, JobContext job) =>
        db.Set<Job>().Where(j => j.Id == job.Id && j.State == JobState.Running && j.LeaseOwner == Name && j.Attempts == job.Attempt);

    private static IQueryable<Job> Due(ClearinghouseDb db, DateTimeOffset now) =>
        db.Set<Job>().Where(j =>
            ((j.State == JobState.Queued && j.RunAfter <= now) || (j.State == JobState.Running && j.LeaseExpiresAt <= now))
            && j.Attempts < j.MaxAttempts);

    private async Task<JobId?> ClaimOnSqliteAsync(ClearinghouseDb db, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct)
    {
        // One worker per process; SQLite serializes writers, so the conditional UPDATE either takes the job or finds it
        // taken (by another process on the same file) and the next candidate is tried.
        while (true)
        {
            var candidates = await Due(db, now).OrderBy(j => j.RunAfter).ThenBy(j => j.Id).Select(j => j.Id).Take(1).ToListAsync(ct);
            if (candidates is not [var candidate])
            {
                return null;
            }

            var taken = await Due(db, now).Where(j => j.Id == candidate).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Running)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.LeaseOwner, Name)
                .SetProperty(j => j.LeaseExpiresAt, expires), ct);
            if (taken == 1)
            {
                return candidate;
            }
        }
    }

    private async Task<JobId?> ClaimOnPostgresAsync(ClearinghouseDb db, DateTimeOffset now, DateTimeOffset expires, CancellationToken ct)
    {
        // One statement, so one short transaction: lock the first due row nobody else has locked, and lease it.
        const string Claim = """
            UPDATE jobs SET state = 'Running', attempts = attempts + 1, lease_owner = @owner, lease_expires_at = @expires
            WHERE id = (
                SELECT id FROM jobs
                WHERE ((state = 'Queued' AND run_after <= @now) OR (state = 'Running' AND lease_expires_at <= @now))
                  AND attempts < max_attempts
                ORDER BY run_after, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING id
            """;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Claim, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.AddWithValue("owner", Name);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("expires", expires);
            return await command.ExecuteScalarAsync(ct) is Guid id ? JobId.From(id) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task AnnounceAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
        var kinds = scope.ServiceProvider.GetServices<IJobHandler>().Select(h => h.Kind).Order(StringComparer.Ordinal).ToList();
        var twice = kinds.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (twice.Count > 0)
        {
            throw new InvalidOperationException($"More than one job handler is registered for: {string.Join(", ", twice)}. Each job kind has exactly one handler.");
        }

        JobsLog.WorkerStarted(log, Name, db.Provider, kinds.Count == 0 ? "no job kinds" : string.Join(", ", kinds));
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
