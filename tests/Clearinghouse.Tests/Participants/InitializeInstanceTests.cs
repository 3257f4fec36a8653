using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Participants;

public sealed class InitializeInstanceTests
{
    [Theory, BothProviders]
    public async Task Concurrent_initializations_create_exactly_one_staff_organization(DatabaseProvider provider)
    {
        var clock = new ManualClock();
        var target = TestDatabases.Create(provider);
        await using (var setup = ClearinghouseDb.Open(target, clock))
        {
            await SchemaMigrations.ApplyAsync(setup, CancellationToken.None);
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await using var db = ClearinghouseDb.Open(target, clock);
            return await InitializeInstance.RunAsync(db, "Clearinghouse staff", new NewMember { DisplayName = "Admin", Email = $"admin{i}@example.org" }, CancellationToken.None);
        })));

        Assert.Single(outcomes, o => o.Enrolment is not null);
        Assert.All(outcomes.Where(o => o.Enrolment is null), o => Assert.StartsWith("This instance is already initialized", o.Refusal, StringComparison.Ordinal));
        await using var check = ClearinghouseDb.Open(target, clock);
        Assert.Equal(1, await check.Organizations.CountAsync(o => o.Kind == OrganizationKind.ClearinghouseStaff));
        Assert.True((await Clearinghouse.Audit.AuditChain.VerifyAsync(check, CancellationToken.None)).Intact);
    }
}
