using System.Net;
using Clearinghouse.Contracts.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Participants;

public sealed class LeaveAndExportTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task An_admin_exports_the_organization_its_members_tokens_and_audit_entries_without_any_secret(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Exporters", OrganizationKind.AiDeveloper, TlpLabel.Amber);
        var (analyst, analystSecret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        var (viewer, viewerSecret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Viewer, org.AdminToken.Secret);
        using var admin = host.Client(org.AdminToken.Secret);
        await (await admin.PatchAsync($"/api/organizations/{org.Organization.Id}", Wire.Json("""{"contactEmail":"psirt@exporters.example"}""")))
            .ReadAsync<OrganizationView>();
        var expectedAudit = await AuditAboutAsync(host, org.Organization.Id);

        var response = await admin.GetAsync($"/api/organizations/{org.Organization.Id}/export");
        var raw = await response.Content.ReadAsStringAsync();
        var export = await response.ReadAsync<OrganizationExport>();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(org.Organization.Id, export.Organization.Id);
        Assert.Equal("psirt@exporters.example", export.Organization.ContactEmail);
        Assert.Equal(new[] { org.Admin.Id, analyst.Id, viewer.Id }.Order(), export.Members.Select(m => m.Id).Order());
        Assert.Equal(3, export.Tokens.Count);
        Assert.Equal(new[] { org.Admin.Id, analyst.Id, viewer.Id }.Order(), export.Tokens.Select(t => t.MemberId).Order());
        foreach (var secret in new[] { org.AdminToken.Secret, analystSecret, viewerSecret })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(secret["chs_".Length..], raw, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("secret", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expectedAudit.Select(e => (e.Sequence, e.Action, e.Hash)), export.AuditEntries.Select(e => (e.Sequence, e.Action, e.Hash)));
        Assert.Contains(export.AuditEntries, e => e.Action == "organization.enrolled");
        Assert.Contains(export.AuditEntries, e => e.Action == "organization.updated");
        Assert.Equal(3, export.AuditEntries.Count(e => e.Action == "member.added"));
        Assert.Equal(3, export.AuditEntries.Count(e => e.Action == "token.issued"));

        // The bulk export is itself on the record.
        var after = await AuditAboutAsync(host, org.Organization.Id);
        Assert.Equal(expectedAudit.Count + 1, after.Count);
        Assert.Equal("organization.exported", after[^1].Action);
    }

    [Theory, BothProviders]
    public async Task Only_the_organizations_admin_or_staff_exports_it(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Guarded Exports", OrganizationKind.Maintainer, TlpLabel.Amber);
        var (_, analyst) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        var other = await host.EnrolAsync("Curious Neighbours", OrganizationKind.Maintainer, TlpLabel.Amber);
        var path = $"/api/organizations/{org.Organization.Id}/export";
        var before = await RowCounts.OfAsync(host);

        using (var client = host.Client(analyst))
        {
            await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        }

        using (var client = host.Client(other.AdminToken.Secret))
        {
            await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));
        using (var staff = host.Client(host.StaffToken))
        {
            Assert.Equal(org.Organization.Id, (await (await staff.GetAsync(path)).ReadAsync<OrganizationExport>()).Organization.Id);
        }
    }

    [Theory, BothProviders]
    public async Task Only_the_organizations_admin_or_staff_withdraws_it(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Staying Co", OrganizationKind.Maintainer, TlpLabel.Amber);
        var (_, analyst) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        var (_, staffAnalyst) = await host.AddMemberAsync(host.Staff.Organization.Id, MemberRole.Analyst, host.StaffToken);
        var other = await host.EnrolAsync("Meddling Co", OrganizationKind.Maintainer, TlpLabel.Amber);
        var path = $"/api/organizations/{org.Organization.Id}/leave";
        var before = await RowCounts.OfAsync(host);

        foreach (var (token, status, type) in new[]
        {
            (analyst, HttpStatusCode.Forbidden, ProblemTypes.Forbidden),
            (staffAnalyst, HttpStatusCode.Forbidden, ProblemTypes.Forbidden),
            (other.AdminToken.Secret, HttpStatusCode.NotFound, ProblemTypes.NotFound),
        })
        {
            using var client = host.Client(token);
            await (await client.PostAsync(path, null)).ProblemAsync(status, type);
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));
        using var admin = host.Client(org.AdminToken.Secret);
        Assert.Null((await (await admin.GetAsync($"/api/organizations/{org.Organization.Id}")).ReadAsync<OrganizationView>()).LeftAt);
    }

    [Theory, BothProviders]
    public async Task Leaving_stops_every_token_of_every_member_at_once_and_keeps_the_organization_and_its_audit_trail(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Leavers", OrganizationKind.CriticalInfrastructureOperator, TlpLabel.Amber);
        var secrets = new List<string> { org.AdminToken.Secret };
        foreach (var role in new[] { MemberRole.Admin, MemberRole.Analyst, MemberRole.Submitter, MemberRole.Viewer })
        {
            secrets.Add((await host.AddMemberAsync(org.Organization.Id, role, org.AdminToken.Secret)).Token);
        }

        using var admin = host.Client(org.AdminToken.Secret);
        secrets.Add((await (await admin.PostJsonAsync($"/api/members/{org.Admin.Id}/tokens", new IssueTokenRequest { Name = "spare" }))
            .ReadAsync<IssuedTokenView>(HttpStatusCode.Created)).Secret);
        foreach (var secret in secrets)
        {
            using var client = host.Client(secret);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }

        var auditBefore = await AuditAboutAsync(host, org.Organization.Id);

        var left = await (await admin.PostAsync($"/api/organizations/{org.Organization.Id}/leave", null)).ReadAsync<OrganizationView>();

        Assert.NotNull(left.LeftAt);
        foreach (var secret in secrets)
        {
            using var client = host.Client(secret);
            await (await client.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
            await (await client.GetAsync($"/api/organizations/{org.Organization.Id}")).ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        }

        using var staff = host.Client(host.StaffToken);
        var seen = await (await staff.GetAsync($"/api/organizations/{org.Organization.Id}")).ReadAsync<OrganizationView>();
        Assert.Equal(left.LeftAt, seen.LeftAt);
        var current = await (await staff.GetAsync("/api/organizations")).ReadAsync<List<OrganizationView>>();
        Assert.DoesNotContain(current, o => o.Id == org.Organization.Id);
        var all = await (await staff.GetAsync("/api/organizations?includeLeft=true")).ReadAsync<List<OrganizationView>>();
        Assert.Contains(all, o => o.Id == org.Organization.Id && o.LeftAt == left.LeftAt);
        Assert.All(current, o => Assert.Null(o.LeftAt));
        Assert.Equal(all.Where(o => o.LeftAt is null).Select(o => o.Id), current.Select(o => o.Id));

        var auditAfter = await AuditAboutAsync(host, org.Organization.Id);
        Assert.Equal(auditBefore.Select(e => e.Hash), auditAfter.Take(auditBefore.Count).Select(e => e.Hash));
        var added = auditAfter.Skip(auditBefore.Count).ToList();
        Assert.Equal(1, added.Count(e => e.Action == "organization.left"));
        Assert.Equal(secrets.Count, added.Count(e => e.Action == "token.revoked"));
        Assert.Equal(secrets.Count + 1, added.Count);
        var verification = await (await staff.GetAsync("/api/audit/verify")).ReadAsync<AuditVerificationView>();
        Assert.True(verification.Intact, verification.Problem);
    }

    [Theory, BothProviders]
    public async Task An_organization_that_left_cannot_leave_again_or_change(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Gone Already", OrganizationKind.ScannerOperator, TlpLabel.Green);
        using (var admin = host.Client(org.AdminToken.Secret))
        {
            await (await admin.PostAsync($"/api/organizations/{org.Organization.Id}/leave", null)).ReadAsync<OrganizationView>();
        }

        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        await (await staff.PostAsync($"/api/organizations/{org.Organization.Id}/leave", null))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.OrganizationHasLeft);
        await (await staff.PatchAsync($"/api/organizations/{org.Organization.Id}", Wire.Json("""{"name":"Back Again"}""")))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.OrganizationHasLeft);
        await (await staff.PostJsonAsync($"/api/organizations/{org.Organization.Id}/members",
                new AddMemberRequest { DisplayName = "Late", Email = $"late-{provider}@gone.example", Role = MemberRole.Viewer }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.OrganizationHasLeft);
        await (await staff.PostJsonAsync($"/api/members/{org.Admin.Id}/tokens", new IssueTokenRequest { Name = "revive" }))
            .ProblemAsync(HttpStatusCode.Conflict, ProblemTypes.OrganizationHasLeft);

        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task The_clearinghouse_staff_organization_cannot_leave(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        await (await staff.PostAsync($"/api/organizations/{host.Staff.Organization.Id}/leave", null))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.DomainRule);

        Assert.Equal(before, await RowCounts.OfAsync(host));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>The audit entries about the organization or made by its members, in chain order, straight from the database.</summary>
    private static async Task<List<AuditEntryView>> AuditAboutAsync(ClearinghouseHost host, Guid organization)
    {
        await using var db = host.OpenDatabase();
        var id = OrganizationId.From(organization);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectOrganizationId == id || e.ActorOrganizationId == id)
            .OrderBy(e => e.Sequence)
            .ToListAsync();
        return entries.Select(e => e.ToView()).ToList();
    }
}
