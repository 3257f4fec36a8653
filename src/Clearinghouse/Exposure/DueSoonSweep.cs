using Clearinghouse.Audit;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

/// <summary>
/// The periodic job that tells organizations an exposure's due date is near (issue 7, scope 7): every
/// <see cref="ExposureOptions.DueSoonSweepEvery"/> it finds the open exposures due within
/// <see cref="ExposureOptions.DueSoonLeadDays"/>, and for each one not yet told for that due date writes a
/// <see cref="DueSoonNotice"/> and one <c>exposure.due_soon</c> delivery per webhook, then queues its own next run, all in
/// one transaction: a sweep that dies before its commit leaves nothing sent and is run again; one that committed is never repeated.
/// </summary>
public sealed class DueSoonSweep(ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options) : IJobHandler
{
    public const string Job = "exposure.due-soon-sweep";
    public const string Event = "exposure.due_soon";

    private const int Attempts = 10;

    public string Kind => Job;

    public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = db.Clock.Now();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var webhooks = await db.Set<Webhook>().AsNoTracking().ToListAsync(cancellationToken);
        var organizationIds = webhooks.Select(w => w.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id) && o.LeftAt == null).ToListAsync(cancellationToken);
        var assessed = await ListRemediationTasks.AssessAsync(db, engine, organizations, today, cancellationToken);
        var due = assessed.Values.SelectMany(list => list)
            .Where(a => a.Exposure.IsOpen(today) && a.View.DueDate is { } date && date >= today && date.DayNumber - today.DayNumber <= settings.DueSoonLeadDays)
            .ToList();
        var exposureIds = due.Select(a => a.Exposure.Id).ToList();
        var told = (await db.Set<DueSoonNotice>().AsNoTracking().Where(n => exposureIds.Contains(n.ExposureId)).ToListAsync(cancellationToken))
            .Select(n => (n.ExposureId, n.DueDate)).ToHashSet();
        var notified = new List<Guid>();
        foreach (var (exposure, _, view) in due)
        {
            var date = view.DueDate!.Value;
            if (!told.Add((exposure.Id, date)))
            {
                continue;
            }

            db.Add(new DueSoonNotice { ExposureId = exposure.Id, DueDate = date, SentAt = now });
            foreach (var webhook in webhooks.Where(w => w.OrganizationId == exposure.OrganizationId))
            {
                JobQueue.Enqueue(db, ExposureEngine.WebhookJob, new WebhookDelivery(webhook.Id, exposure.Id, Event, date), settings.WebhookAttempts);
            }

            notified.Add(exposure.Id);
        }

        var next = now + settings.DueSoonSweepEvery;
        var another = await db.Set<Job>().AnyAsync(j => j.Kind == Job && j.State == JobState.Queued && j.Id != job.Id, cancellationToken);
        if (!another)
        {
            JobQueue.Enqueue(db, Job, new DueSoonSweepRun(), Attempts, next);
        }

        db.Record(null, "exposure.due-soon-swept", "job", job.Id.ToString(), null, null, new { Notified = notified, Next = another ? (DateTimeOffset?)null : next });
        await db.SaveChangesAsync(cancellationToken);
        return JobOutcome.Succeeded;
    }

    /// <summary>Queues a sweep to run now, in the caller's unit of work, unless one is already queued or running.</summary>
    internal static async Task<bool> ScheduleAsync(ClearinghouseDb db, CancellationToken ct)
    {
        if (await db.Set<Job>().AnyAsync(j => j.Kind == Job && (j.State == JobState.Queued || j.State == JobState.Running), ct))
        {
            return false;
        }

        JobQueue.Enqueue(db, Job, new DueSoonSweepRun(), Attempts);
        return true;
    }

    /// <summary>
    /// At start, a server whose organizations have webhooks but no sweep queued (its last run was dead-lettered, or the
    /// database predates the sweep) queues one, so the chain of sweeps cannot stay broken.
    /// </summary>
    internal sealed class ScheduleOnStart(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
            if (await db.Set<Webhook>().AnyAsync(cancellationToken) && await ScheduleAsync(db, cancellationToken))
            {
                db.Record(null, "exposure.due-soon-sweep-scheduled", "job", Job, null, null, new { Reason = "no sweep was queued at start" });
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The payload of a due-soon sweep: nothing, the sweep reads what is due when it runs.</summary>
public sealed record DueSoonSweepRun;
