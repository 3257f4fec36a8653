using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Access;

/// <summary>The query filter must say exactly what the per-record decision says, on both providers (convention 3: the visibility condition is in the WHERE clause).</summary>
public sealed class ReadableOrganizationsFilterTests
{
    [Theory, BothProviders]
    public async Task The_query_filter_returns_exactly_the_organizations_CanRead_allows(DatabaseProvider provider)
    {
        var clock = new ManualClock();
        await using var db = await TestDatabases.CreateMigratedAsync(provider, clock);
        var organizations = new List<Organization>();
        // Every profile label on ordinary participants, and the one clearinghouse-staff organization an instance has.
        var profiles = new[] { TlpLabel.Clear, TlpLabel.Green, TlpLabel.Amber, TlpLabel.AmberStrict }
            .SelectMany(label => new[] { (OrganizationKind.Maintainer, label), (OrganizationKind.CriticalInfrastructureOperator, label) })
            .Append((OrganizationKind.ClearinghouseStaff, TlpLabel.Amber));
        foreach (var (kind, label) in profiles)
        {
            var organization = new Organization { Id = OrganizationId.New(clock), Name = $"{kind} {label}", Kind = kind, Tlp = label, EnrolledAt = clock.Now() };
            organizations.Add(organization);
            db.Organizations.Add(organization);
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        db.Record(null, "test.seeded", "organization", "all", null, null, null);
        await db.SaveChangesAsync();

        foreach (var callerOrganization in organizations)
        {
            foreach (var role in Enum.GetValues<MemberRole>())
            {
                var caller = new Principal(MemberId.New(clock), callerOrganization.Id, callerOrganization.Kind, role, TokenId.New(clock));
                var filtered = await db.Organizations.AsNoTracking().Where(AccessPolicy.ReadableOrganizations(caller)).Select(o => o.Id).ToListAsync();
                var decided = organizations.Where(o => AccessPolicy.CanRead(caller, o.Sharing)).Select(o => o.Id);
                Assert.Equal(decided.Select(id => id.Value).Order(), filtered.Select(id => id.Value).Order());
            }
        }
    }
}
