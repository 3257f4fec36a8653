using System.Net;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.Participants;

public sealed class TokenLifecycleTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly Guid Nonexistent = new("0190a2b4-7c1d-7e3f-8a5b-00000000beef");

    [Theory, BothProviders]
    public async Task An_issued_secret_is_shown_once_and_the_token_list_never_shows_it(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Token Issuers", OrganizationKind.ScannerOperator);
        var (viewer, _) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Viewer, org.AdminToken.Secret);
        using var admin = host.Client(org.AdminToken.Secret);

        var response = await admin.PostJsonAsync($"/api/members/{viewer.Id}/tokens", new IssueTokenRequest { Name = "  ci runner  " });
        var issued = await response.ReadAsync<IssuedTokenView>(HttpStatusCode.Created);

        Assert.Equal($"/api/tokens/{issued.Token.Id}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("chs_", issued.Secret, StringComparison.Ordinal);
        Assert.Equal(viewer.Id, issued.Token.MemberId);
        Assert.Equal("ci runner", issued.Token.Name);
        Assert.Null(issued.Token.RevokedAt);
        Assert.Equal(issued.Token.IssuedAt.AddDays(90), issued.Token.ExpiresAt);

        var list = await admin.GetAsync($"/api/members/{viewer.Id}/tokens");
        var raw = await list.Content.ReadAsStringAsync();
        var tokens = await list.ReadAsync<List<TokenView>>();
        Assert.Contains(tokens, t => t.Id == issued.Token.Id && t.Prefix == issued.Secret[..t.Prefix.Length]);
        Assert.DoesNotContain(issued.Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Secret["chs_".Length..], raw, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", raw, StringComparison.OrdinalIgnoreCase);

        using var holder = host.Client(issued.Secret);
        var me = await (await holder.GetAsync("/api/me")).ReadAsync<WhoAmIView>();
        Assert.Equal(viewer.Id, me.Member.Id);
        Assert.Equal(issued.Token.Id, me.TokenId);
    }

    [Theory, BothProviders]
    public async Task A_revoked_token_is_refused_with_401_on_the_very_next_request(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Revokers", OrganizationKind.Maintainer);
        var (analyst, secret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        using var holder = host.Client(secret);
        var me = await (await holder.GetAsync("/api/me")).ReadAsync<WhoAmIView>();
        using var admin = host.Client(org.AdminToken.Secret);

        var revoked = await (await admin.DeleteAsync($"/api/tokens/{me.TokenId}")).ReadAsync<TokenView>();
        var refused = await holder.GetAsync("/api/me");

        Assert.Equal(analyst.Id, revoked.MemberId);
        Assert.NotNull(revoked.RevokedAt);
        var (problem, _) = await refused.ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        Assert.Contains("revoked", problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        // The organization's admin is unaffected.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_token_works_until_90_days_after_issue_and_is_then_refused_as_expired(DatabaseProvider provider)
    {
        // Its own server: moving the clock would expire the shared servers' tokens too.
        await using var host = new ClearinghouseHost(provider);
        await host.InitializeAsync();
        var org = await host.EnrolAsync("Short Lived", OrganizationKind.AiDeveloper);
        using var admin = host.Client(org.AdminToken.Secret);

        host.Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var (problem, _) = await (await admin.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        Assert.Contains("expired", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, BothProviders]
    public async Task A_lifetime_outside_1_to_366_days_is_refused_with_400_and_the_bounds_are_accepted(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Lifetimes", OrganizationKind.FederalAgency);
        using var admin = host.Client(org.AdminToken.Secret);
        var path = $"/api/members/{org.Admin.Id}/tokens";

        foreach (var days in new[] { 0, 400, -1, 367 })
        {
            var before = await RowCounts.OfAsync(host);
            var response = await admin.PostJsonAsync(path, new IssueTokenRequest { Name = "bad lifetime", ExpiresInDays = days });
            var (problem, _) = await response.ProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
            Assert.NotNull(problem.Errors);
            Assert.Equal(["expiresInDays"], problem.Errors.Keys);
            Assert.Equal(before, await RowCounts.OfAsync(host));
        }

        foreach (var days in new[] { 1, 366 })
        {
            var issued = await (await admin.PostJsonAsync(path, new IssueTokenRequest { Name = $"{days} days", ExpiresInDays = days }))
                .ReadAsync<IssuedTokenView>(HttpStatusCode.Created);
            Assert.Equal(issued.Token.IssuedAt.AddDays(days), issued.Token.ExpiresAt);
        }
    }

    [Theory, BothProviders]
    public async Task Removing_a_member_stops_every_one_of_its_tokens(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Removers", OrganizationKind.StateLocalAuthority);
        var (submitter, first) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Submitter, org.AdminToken.Secret);
        using var admin = host.Client(org.AdminToken.Secret);
        var second = (await (await admin.PostJsonAsync($"/api/members/{submitter.Id}/tokens", new IssueTokenRequest { Name = "second" }))
            .ReadAsync<IssuedTokenView>(HttpStatusCode.Created)).Secret;
        foreach (var secret in new[] { first, second })
        {
            using var client = host.Client(secret);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        }

        var removed = await (await admin.DeleteAsync($"/api/members/{submitter.Id}")).ReadAsync<MemberView>();

        Assert.NotNull(removed.RemovedAt);
        foreach (var secret in new[] { first, second })
        {
            using var client = host.Client(secret);
            await (await client.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        }

        var tokens = await (await admin.GetAsync($"/api/members/{submitter.Id}/tokens")).ReadAsync<List<TokenView>>();
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.NotNull(t.RevokedAt));
    }

    [Theory, BothProviders]
    public async Task A_viewer_issues_tokens_for_itself_but_not_for_a_colleague_and_an_outsider_cannot_see_the_member(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var org = await host.EnrolAsync("Self Service", OrganizationKind.Maintainer, TlpLabel.Green);
        var (viewer, viewerSecret) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Viewer, org.AdminToken.Secret);
        var (colleague, _) = await host.AddMemberAsync(org.Organization.Id, MemberRole.Analyst, org.AdminToken.Secret);
        var outsiderOrg = await host.EnrolAsync("Outsiders", OrganizationKind.Maintainer, TlpLabel.Green);
        using var self = host.Client(viewerSecret);
        using var outsider = host.Client(outsiderOrg.AdminToken.Secret);
        var request = new IssueTokenRequest { Name = "laptop" };

        var own = await (await self.PostJsonAsync($"/api/members/{viewer.Id}/tokens", request)).ReadAsync<IssuedTokenView>(HttpStatusCode.Created);
        Assert.Equal(viewer.Id, own.Token.MemberId);

        var before = await RowCounts.OfAsync(host);
        await (await self.PostJsonAsync($"/api/members/{colleague.Id}/tokens", request)).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await self.GetAsync($"/api/members/{colleague.Id}/tokens")).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        var (hidden, _) = await (await outsider.PostJsonAsync($"/api/members/{viewer.Id}/tokens", request)).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var (absent, _) = await (await outsider.PostJsonAsync($"/api/members/{Nonexistent}/tokens", request)).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal((absent.Title, absent.Detail), (hidden.Title, hidden.Detail));

        // Revoking follows the same rule: a colleague's token is refused, an outsider does not see it.
        await (await self.DeleteAsync($"/api/tokens/{org.AdminToken.Token.Id}")).ProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await (await outsider.DeleteAsync($"/api/tokens/{own.Token.Id}")).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal(before, await RowCounts.OfAsync(host));
        using var holder = host.Client(own.Secret);
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/api/me")).StatusCode);
    }
}
