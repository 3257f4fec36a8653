using System.Net;
using Clearinghouse.Contracts.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Server;

/// <summary>Two server processes' worth of hosts on one PostgreSQL database, as a scaled-out deployment runs.</summary>
public sealed class MultipleServersTests
{
    private const int EnrolmentsPerServer = 10;

    [Fact]
    public async Task A_token_revoked_through_one_server_is_refused_by_the_other_on_the_next_request()
    {
        await using var a = new ClearinghouseHost(DatabaseProvider.Postgres);
        await a.InitializeAsync();
        await using var b = new ClearinghouseHost(DatabaseProvider.Postgres, database: a.Database);
        var org = await a.EnrolAsync("Roaming Co", OrganizationKind.AiDeveloper);
        var (_, secret) = await a.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        using var holderOnB = b.Client(secret);
        var me = await (await holderOnB.GetAsync("/api/me")).ReadAsync<WhoAmIView>();

        using var adminOnA = a.Client(org.AdminToken.Secret);
        await (await adminOnA.DeleteAsync($"/api/tokens/{me.TokenId}")).ReadAsync<TokenView>();
        var refused = await holderOnB.GetAsync("/api/me");

        var (problem, _) = await refused.ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        Assert.Contains("revoked", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Concurrent_enrolments_through_two_servers_all_succeed_and_the_audit_chain_stays_intact_without_gaps()
    {
        await using var a = new ClearinghouseHost(DatabaseProvider.Postgres);
        await a.InitializeAsync();
        await using var b = new ClearinghouseHost(DatabaseProvider.Postgres, database: a.Database);
        using var staffOnA = a.Client(a.StaffToken);
        using var staffOnB = b.Client(a.StaffToken);

        var enrolments = Enumerable.Range(0, EnrolmentsPerServer)
            .SelectMany(i => new[] { (Client: staffOnA, Name: $"Server A Org {i:00}"), (Client: staffOnB, Name: $"Server B Org {i:00}") })
            .Select(async e =>
            {
                var response = await e.Client.PostJsonAsync("/api/organizations", new EnrolOrganizationRequest
                {
                    Name = e.Name,
                    Kind = OrganizationKind.Maintainer,
                    FirstAdmin = new NewMember { DisplayName = e.Name + " admin", Email = e.Name.Replace(' ', '-').ToLowerInvariant() + "@example.org" },
                });
                return await response.ReadAsync<EnrolmentView>(HttpStatusCode.Created);
            })
            .ToList();
        var enrolled = await Task.WhenAll(enrolments);

        Assert.Equal(2 * EnrolmentsPerServer, enrolled.Select(e => e.Organization.Id).Distinct().Count());
        foreach (var staff in new[] { staffOnA, staffOnB })
        {
            var verification = await (await staff.GetAsync("/api/audit/verify")).ReadAsync<AuditVerificationView>();
            Assert.True(verification.Intact, verification.Problem);
        }

        await using var db = a.OpenDatabase();
        var sequences = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        // The bootstrap wrote 3 entries; each enrolment writes 3 (organization, first admin, first token).
        Assert.Equal(3 + (2 * EnrolmentsPerServer * 3), sequences.Count);
        Assert.Equal(1 + (2 * EnrolmentsPerServer), await db.Organizations.CountAsync());
        foreach (var enrolment in enrolled)
        {
            using var admin = b.Client(enrolment.AdminToken.Secret);
            Assert.Equal(enrolment.Admin.Id, (await (await admin.GetAsync("/api/me")).ReadAsync<WhoAmIView>()).Member.Id);
        }
    }

    [Fact]
    public async Task Racing_enrolments_of_the_same_first_admin_through_two_servers_let_exactly_one_win_and_refuse_the_other_with_409()
    {
        await using var a = new ClearinghouseHost(DatabaseProvider.Postgres);
        await a.InitializeAsync();
        await using var b = new ClearinghouseHost(DatabaseProvider.Postgres, database: a.Database);
        using var staffOnA = a.Client(a.StaffToken);
        using var staffOnB = b.Client(a.StaffToken);
        const int Races = 5;

        var responses = await Task.WhenAll(Enumerable.Range(0, Races).SelectMany(i => new[] { staffOnA, staffOnB }.Select(client =>
            client.PostJsonAsync("/api/organizations", new EnrolOrganizationRequest
            {
                Name = $"Contested Org {i}",
                Kind = OrganizationKind.Maintainer,
                FirstAdmin = new NewMember { DisplayName = "Contested admin", Email = $"contested-{i}@example.org" },
            }))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(Races, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Races, statuses.Count(s => s == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        }

        await using var db = a.OpenDatabase();
        Assert.Equal(1 + Races, await db.Organizations.CountAsync());
        var verification = await (await staffOnB.GetAsync("/api/audit/verify")).ReadAsync<AuditVerificationView>();
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(3 + (Races * 3), verification.EntriesChecked);
    }
}
