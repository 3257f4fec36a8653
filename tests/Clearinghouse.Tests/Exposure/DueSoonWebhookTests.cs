using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Exposure;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Exposure;

/// <summary>
/// Scope 7 of issue 7: when an open exposure's due date comes within the lead time, the organization's webhooks get one
/// <c>exposure.due_soon</c> event, from the periodic sweep job, and never a second one, a restart of the server included.
/// </summary>
public sealed class DueSoonWebhookTests
{
    [Theory, BothProviders]
    public async Task An_exposure_due_within_three_days_is_announced_once_even_after_a_restart(DatabaseProvider provider)
    {
        var settings = ExposureWorld.Settings();
        using var receiver = new WebhookReceiver();
        var host = new ClearinghouseHost(provider, settings);
        await host.InitializeAsync();
        var hospital = await host.EnrolAsync("Valley County Hospital", OrganizationKind.CriticalInfrastructureOperator);
        var elsewhere = await host.EnrolAsync("Hill County Hospital", OrganizationKind.CriticalInfrastructureOperator);
        DateOnly due;
        TimeSpan untilDueSoon;
        using (var it = host.Client(hospital.AdminToken.Secret))
        using (var staff = host.Client(host.StaffToken))
        using (var neighbour = host.Client(elsewhere.AdminToken.Secret))
        {
            await (await it.PostJsonAsync("/api/exposure/webhooks", new WebhookRequest { Url = receiver.Url, Secret = "hospital-webhook-secret-1" })).ReadAsync<WebhookView>(System.Net.HttpStatusCode.Created);
            await ExposureWorld.AssetAsync(it, "EHR server", internetExposed: false, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
            await ExposureWorld.AssetAsync(neighbour, "EHR server", internetExposed: false, "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
            await ExposureWorld.ImportAsync(staff, ExposureWorld.Log4Shell);
            var exposure = Assert.Single(await (await it.GetAsync("/api/exposure/queue")).ReadAsync<List<ExposureView>>());
            due = exposure.DueDate ?? throw new InvalidOperationException("The clearinghouse policy set no due date: " + exposure.Reason);
            var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
            Assert.True(due.DayNumber - today.DayNumber > 3, $"due {due} is already within the lead time");

            // Now: only the new-exposure event; the sweep ran and found nothing due soon.
            await ExposureWorld.RunJobsAsync(host);
            Assert.Equal(["exposure.new"], Events(receiver).Select(e => e.Event));

            // Two days before the due date the next sweep tells the hospital; its neighbour has no webhook and is told nothing.
            untilDueSoon = TimeSpan.FromDays(due.DayNumber - today.DayNumber - 2);
            host.Clock.Advance(untilDueSoon);
            await ExposureWorld.RunJobsAsync(host);
            var announced = Assert.Single(Events(receiver), e => e.Event == DueSoonSweep.Event);
            Assert.Equal((exposure.Id, due, hospital.Organization.Id), (announced.ExposureId, announced.DueDate!.Value, announced.OrganizationId));

            // Later sweeps (an hour, a day) do not repeat it.
            host.Clock.Advance(TimeSpan.FromHours(1));
            await ExposureWorld.RunJobsAsync(host);
            host.Clock.Advance(TimeSpan.FromDays(1));
            await ExposureWorld.RunJobsAsync(host);
            Assert.Single(Events(receiver), e => e.Event == DueSoonSweep.Event);
        }

        // The server restarts over the same database; its sweeps go on, and still do not repeat it.
        var database = host.Database;
        await host.DisposeAsync();
        await using var restarted = new ClearinghouseHost(provider, settings, database);
        restarted.Clock.Advance(untilDueSoon + TimeSpan.FromDays(1) + TimeSpan.FromHours(2));
        await ExposureWorld.RunJobsAsync(restarted);
        restarted.Clock.Advance(TimeSpan.FromHours(1));
        await ExposureWorld.RunJobsAsync(restarted);
        Assert.Single(Events(receiver), e => e.Event == DueSoonSweep.Event);
        Assert.Equal(2, receiver.Received.Count);

        await using var db = restarted.OpenDatabase();
        var notice = Assert.Single(await db.Set<DueSoonNotice>().ToListAsync());
        Assert.Equal(due, notice.DueDate);
        Assert.Equal(1, await db.Set<Job>().CountAsync(j => j.Kind == DueSoonSweep.Job && j.State == JobState.Queued));
        Assert.Contains("exposure.due-soon-swept", await db.AuditEntries.Select(e => e.Action).ToListAsync());
    }

    private static List<ExposureEvent> Events(WebhookReceiver receiver) =>
        [.. receiver.Received.Select(r => JsonSerializer.Deserialize<ExposureEvent>(r.Body, ContractJson.Options)!)];
}
