using System.Net;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Participants;

public sealed class MembershipTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task An_admin_adds_a_member_and_an_email_in_use_in_any_letter_case_is_refused_with_409(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Hiring Co", OrganizationKind.Maintainer);
        var elsewhere = await host.EnrolAsync("Elsewhere Co", OrganizationKind.Maintainer);
        using var admin = host.Client(org.AdminToken.Secret);
        var email = $"Grace.{provider}@Hiring.Example";

        var response = await admin.PostJsonAsync($"/api/organizations/{org.Organization.Id}/members",
            new AddMemberRequest { DisplayName = " Grace ", Email = email, Role = MemberRole.Analyst });
        var member = await response.ReadAsync<MemberView>(HttpStatusCode.Created);

        Assert.Equal($"/api/members/{member.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(org.Organization.Id, member.OrganizationId);
        Assert.Equal("Grace", member.DisplayName);
        Assert.Equal(email.ToLowerInvariant(), member.Email);
        Assert.Equal(MemberRole.Analyst, member.Role);
        Assert.Null(member.RemovedAt);

        var before = await RowCounts.OfAsync(host);
        await (await admin.PostJsonAsync($"/api/organizations/{org.Organization.Id}/members",
                new AddMemberRequest { DisplayName = "Grace again", Email = email.ToUpperInvariant(), Role = MemberRole.Viewer }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        using (var other = host.Client(elsewhere.AdminToken.Secret))
        {
            await (await other.PostJsonAsync($"/api/organizations/{elsewhere.Organization.Id}/members",
                    new AddMemberRequest { DisplayName = "Grace elsewhere", Email = email, Role = MemberRole.Viewer }))
                .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));

        // Uniqueness is among active members: once removed, the address may be used again.
        await (await admin.DeleteAsync($"/api/members/{member.Id}")).ReadAsync<MemberView>();
        var again = await (await admin.PostJsonAsync($"/api/organizations/{org.Organization.Id}/members",
            new AddMemberRequest { DisplayName = "Grace returns", Email = email, Role = MemberRole.Viewer })).ReadAsync<MemberView>(HttpStatusCode.Created);
        Assert.NotEqual(member.Id, again.Id);
    }

    [Theory, BothProviders]
    public async Task The_last_administrator_can_be_neither_demoted_nor_removed(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Lonely Admin Co", OrganizationKind.FederalAgency);
        await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        var path = $"/api/members/{org.Admin.Id}";
        var before = await RowCounts.OfAsync(host);

        foreach (var token in new[] { org.AdminToken.Secret, host.StaffToken })
        {
            using var client = host.Client(token);
            foreach (var role in new[] { "analyst", "submitter", "viewer" })
            {
                await (await client.PatchAsync(path, Wire.Json($$"""{"role":"{{role}}"}""")))
                    .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.LastAdministrator);
            }

            await (await client.DeleteAsync(path)).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.LastAdministrator);
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));
        using var admin = host.Client(org.AdminToken.Secret);
        Assert.Equal(MemberRole.Admin, (await (await admin.GetAsync("/api/me")).ReadAsync<WhoAmIView>()).Member.Role);
    }

    [Theory, BothProviders]
    public async Task With_a_second_administrator_the_first_may_be_demoted_or_removed(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Two Admins Co", OrganizationKind.AiDeveloper);
        var (second, secondSecret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        using var first = host.Client(org.AdminToken.Secret);
        using var other = host.Client(secondSecret);

        var promoted = await (await first.PatchAsync($"/api/members/{second.Id}", Wire.Json("""{"role":"admin"}"""))).ReadAsync<MemberView>();
        Assert.Equal(MemberRole.Admin, promoted.Role);

        var demoted = await (await first.PatchAsync($"/api/members/{org.Admin.Id}", Wire.Json("""{"role":"viewer"}"""))).ReadAsync<MemberView>();
        Assert.Equal(MemberRole.Viewer, demoted.Role);

        // Now the second is the only administrator.
        await (await other.PatchAsync($"/api/members/{second.Id}", Wire.Json("""{"role":"analyst"}""")))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.LastAdministrator);
        await (await other.PatchAsync($"/api/members/{org.Admin.Id}", Wire.Json("""{"role":"admin"}"""))).ReadAsync<MemberView>();

        var removed = await (await other.DeleteAsync($"/api/members/{org.Admin.Id}")).ReadAsync<MemberView>();
        Assert.NotNull(removed.RemovedAt);
        await (await other.DeleteAsync($"/api/members/{second.Id}")).ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.LastAdministrator);
        await (await first.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Theory, BothProviders]
    public async Task Members_are_listed_for_their_organization_and_staff_forbidden_to_others_when_the_profile_is_visible_and_hidden_when_not(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var green = await host.EnrolAsync("Green Members", OrganizationKind.Maintainer, TlpLabel.Green);
        var amber = await host.EnrolAsync("Amber Members", OrganizationKind.Maintainer, TlpLabel.Amber);
        var outsider = await host.EnrolAsync("Nosy Co", OrganizationKind.ScannerOperator, TlpLabel.Green);
        var (_, outsiderViewer) = await host.AddMemberAsync(outsider.Organization.Id, MemberRole.Viewer, outsider.AdminToken.Secret);
        var (_, staffAnalyst) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);

        foreach (var org in new[] { green, amber })
        {
            var path = $"/api/organizations/{org.Organization.Id}/members";
            var (viewer, viewerSecret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Viewer, org.AdminToken.Secret);
            foreach (var token in new[] { viewerSecret, org.AdminToken.Secret, host.StaffToken, staffAnalyst })
            {
                using var client = host.Client(token);
                var members = await (await client.GetAsync(path)).ReadAsync<List<MemberView>>();
                Assert.Equal(new[] { org.Admin.Id, viewer.Id }.Order(), members.Select(m => m.Id).Order());
            }

            foreach (var token in new[] { outsider.AdminToken.Secret, outsiderViewer })
            {
                using var client = host.Client(token);
                var response = await client.GetAsync(path);
                if (org == green)
                {
                    await response.ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
                }
                else
                {
                    await response.ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
                }

                await (await client.GetAsync($"/api/members/{viewer.Id}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
            }
        }
    }
}
