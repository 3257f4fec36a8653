using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Xunit.Sdk;

namespace Clearinghouse.Tests.Server;

/// <summary>
/// Every JSON-body endpoint answers every kind of bad body with a problem from the catalogue that says what was wrong,
/// shows nothing of the server's insides, and writes nothing. The bodies are written by hand: the contract types
/// cannot express most of them. Where a bad body would be a good one but for its defect (an oversized body padded with
/// whitespace, a good body sent as text/plain), a server that ignored the defect would also be caught writing.
/// </summary>
public sealed class BadInputTests(BadInputTests.SmallBodyLimitHosts hosts) : IClassFixture<BadInputTests.SmallBodyLimitHosts>
{
    public const int BodyLimit = 4096;

    private static readonly string Padding = new(' ', BodyLimit + 100);

    [Theory, BothProviders]
    public async Task Enrolling_an_organization_with_a_bad_body_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, _) = await TargetAsync(provider);
        const string Path = "/api/organizations";
        const string Good = """{"name":"Good Co","kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}""";
        await ExpectAllAsync(host, host.StaffToken, HttpMethod.Post, Path,
        [
            .. Common(Good),
            ("a missing required field (name)", Json("""{"kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a missing required object (firstAdmin)", Json("""{"name":"Good Co","kind":"maintainer"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a missing required nested field (firstAdmin.email)", Json("""{"name":"Good Co","kind":"maintainer","firstAdmin":{"displayName":"Gus"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a number for a string (name)", Json("""{"name":42,"kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown kind", Json("""{"name":"Good Co","kind":"weird","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a kind given as a number", Json("""{"name":"Number Co","kind":2,"firstAdmin":{"displayName":"Nic","email":"nic@number.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a kind given as a numeric string", Json("""{"name":"String Co","kind":"1","firstAdmin":{"displayName":"Sid","email":"sid@string.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a size tier given as a number", Json("""{"name":"Tier Co","kind":"critical-infrastructure-operator","sector":"water","sizeTier":3,"firstAdmin":{"displayName":"Tia","email":"tia@tier.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("TLP:WHITE", Json("""{"name":"Good Co","kind":"maintainer","tlp":"TLP:WHITE","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown nested field", Json("""{"name":"Good Co","kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example","role":"admin"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a null for a required field", Json("""{"name":null,"kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a name too short", Json("""{"name":"G","kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"gus@good.example"}}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
            ("an invalid nested e-mail", Json("""{"name":"Good Co","kind":"maintainer","firstAdmin":{"displayName":"Gus","email":"not-an-address"}}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
        ]);
    }

    [Theory, BothProviders]
    public async Task Changing_an_organization_with_a_bad_body_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, target) = await TargetAsync(provider);
        await ExpectAllAsync(host, host.StaffToken, HttpMethod.Patch, $"/api/organizations/{target.Organization.Id}",
        [
            .. Common("""{"name":"Renamed Co"}"""),
            ("a number for a string (name)", Json("""{"name":5}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown sector", Json("""{"sector":"outer-space"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("TLP:WHITE", Json("""{"tlp":"TLP:WHITE"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a TLP label as a number", Json("""{"tlp":1}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an invalid contact e-mail", Json("""{"contactEmail":"nope"}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
            ("TLP:RED for a profile", Json("""{"tlp":"TLP:RED"}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
        ]);
    }

    [Theory, BothProviders]
    public async Task Adding_a_member_with_a_bad_body_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, target) = await TargetAsync(provider);
        await ExpectAllAsync(host, host.StaffToken, HttpMethod.Post, $"/api/organizations/{target.Organization.Id}/members",
        [
            .. Common($$"""{"displayName":"Nell","email":"nell-{{provider}}@target.example","role":"viewer"}"""),
            ("a missing required field (email)", Json("""{"displayName":"Nell","role":"viewer"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a missing required enum (role)", Json("""{"displayName":"Nell","email":"nell@target.example"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a number for a string (displayName)", Json("""{"displayName":7,"email":"nell@target.example","role":"viewer"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown role", Json("""{"displayName":"Nell","email":"nell@target.example","role":"overlord"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a role as a number", Json($$"""{"displayName":"Nora","email":"nora-{{provider}}@target.example","role":0}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a role as an undefined number", Json($$"""{"displayName":"Nina","email":"nina-{{provider}}@target.example","role":99}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an invalid e-mail", Json("""{"displayName":"Nell","email":"nell","role":"viewer"}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
        ]);
    }

    [Theory, BothProviders]
    public async Task Changing_a_member_with_a_bad_body_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, target) = await TargetAsync(provider);
        var member = target.Members[0];
        await ExpectAllAsync(host, host.StaffToken, HttpMethod.Patch, $"/api/members/{member.Id}",
        [
            .. Common("""{"displayName":"Renamed","role":"analyst"}"""),
            ("a number for a string (displayName)", Json("""{"displayName":5}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown role", Json("""{"role":"weird"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a role as a number (0, which is admin)", Json("""{"role":0}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a role as a numeric string", Json("""{"role":"1"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a role as an undefined number", Json("""{"role":99}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an empty display name", Json("""{"displayName":""}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
        ]);
    }

    [Theory, BothProviders]
    public async Task Issuing_a_token_with_a_bad_body_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, target) = await TargetAsync(provider);
        var member = target.Members[0];
        await ExpectAllAsync(host, host.StaffToken, HttpMethod.Post, $"/api/members/{member.Id}/tokens",
        [
            .. Common("""{"name":"robot","expiresInDays":30}"""),
            ("a missing required field (name)", Json("""{"expiresInDays":30}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a number for a string (name)", Json("""{"name":5}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a string for a number (expiresInDays)", Json("""{"name":"robot","expiresInDays":"30"}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a fraction for a whole number", Json("""{"name":"robot","expiresInDays":1.5}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a lifetime of 0 days", Json("""{"name":"robot","expiresInDays":0}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
            ("an empty name", Json("""{"name":""}"""), HttpStatusCode.BadRequest, ProblemTypes.Validation),
        ]);
    }

    [Theory, BothProviders]
    public async Task A_body_over_the_limit_sent_without_a_length_is_refused_with_413_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, _) = await TargetAsync(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);
        var body = Encoding.UTF8.GetBytes("""{"name":"Chunky Co","kind":"maintainer","firstAdmin":{"displayName":"Chuck","email":"chuck@chunky.example"}""" + Padding + "}");
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await staff.SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task Without_a_valid_token_the_api_answers_401_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, _) = await TargetAsync(provider);
        var before = await RowCounts.OfAsync(host);
        const string Good = """{"name":"Anonymous Co","kind":"maintainer","firstAdmin":{"displayName":"Anon","email":"anon@anonymous.example"}}""";
        var unknownButWellFormed = "chs_" + new string('A', 43);
        var cases = new (string What, string? Authorization)[]
        {
            ("no Authorization header", null),
            ("a garbage bearer value", "Bearer garbage"),
            ("a well-formed but unknown token", "Bearer " + unknownButWellFormed),
            ("a Basic credential", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ada:password"))),
            ("an empty bearer value", "Bearer "),
        };

        foreach (var (what, authorization) in cases)
        {
            foreach (var (method, path, body) in new (HttpMethod, string, string?)[] { (HttpMethod.Get, "/api/me", null), (HttpMethod.Post, "/api/organizations", Good) })
            {
                using var client = host.Client();
                using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Wire.Json(body) };
                if (authorization is not null)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", authorization);
                }

                var response = await client.SendAsync(request);
                var (problem, _) = await response.ProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
                Assert.False(string.IsNullOrWhiteSpace(problem.Detail), what);
            }
        }

        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    [Theory, BothProviders]
    public async Task Unknown_routes_and_unmatched_route_values_answer_404_problem_json(DatabaseProvider provider)
    {
        var (host, _) = await TargetAsync(provider);
        foreach (var token in new[] { host.StaffToken, null })
        {
            using var client = host.Client(token);
            foreach (var path in new[] { "/api/nope", "/nope", "/api/organizations/not-a-guid", "/api/members/123/tokens" })
            {
                await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
            }
        }
    }

    [Theory, BothProviders]
    public async Task A_method_a_route_does_not_accept_answers_405_problem_json_and_writes_nothing(DatabaseProvider provider)
    {
        var (host, target) = await TargetAsync(provider);
        using var staff = host.Client(host.StaffToken);
        var before = await RowCounts.OfAsync(host);

        var response = await staff.PutAsync($"/api/organizations/{target.Organization.Id}", Wire.Json("""{"name":"Put Co"}"""));

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed, ProblemTypes.MalformedRequest);
        Assert.Equal(before, await RowCounts.OfAsync(host));
    }

    /// <summary>The defects every JSON-body endpoint must refuse, built around a body it would otherwise accept.</summary>
    private static IEnumerable<(string What, Func<HttpContent?> Body, HttpStatusCode Status, string Type)> Common(string good)
    {
        var open = good.TrimEnd('}');
        return
        [
            ("malformed JSON (cut short)", Json(good[..(good.Length / 2)]), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("malformed JSON (trailing comma)", Json(open + ",}"), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("malformed JSON (single quotes)", Json(good.Replace('"', '\'')), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an unknown field", Json(good[..^1] + ""","bogus":true}"""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an array instead of an object", Json("[" + good + "]"), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a JSON null body", Json("null"), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("an empty body", Json(""), HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("no body at all", () => null, HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest),
            ("a body over the limit", Json(good[..^1] + Padding + "}"), HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge),
            ("a text/plain body", () => new StringContent(good, Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType),
            ("a form body", () => new FormUrlEncodedContent([new("name", "Form Co")]), HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType),
        ];
    }

    private static Func<HttpContent?> Json(string json) => () => Wire.Json(json);

    /// <summary>Sends each bad body and checks every answer; reports every case that failed, not only the first.</summary>
    private static async Task ExpectAllAsync(
        ClearinghouseHost host, string token, HttpMethod method, string path, IEnumerable<(string What, Func<HttpContent?> Body, HttpStatusCode Status, string Type)> cases)
    {
        using var client = host.Client(token);
        var failures = new List<string>();
        foreach (var (what, body, status, type) in cases)
        {
            try
            {
                var before = await RowCounts.OfAsync(host);
                using var request = new HttpRequestMessage(method, path) { Content = body() };
                var response = await client.SendAsync(request);
                await response.ProblemAsync(status, type);
                Assert.Equal(before, await RowCounts.OfAsync(host));
            }
            catch (XunitException e)
            {
                failures.Add($"{method} {path} with {what}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} bad bodies were not answered as expected:\n" + string.Join("\n\n", failures));
    }

    /// <summary>The host (with a small body limit) and an organization with a non-admin member to aim PATCH and token requests at.</summary>
    private async Task<(ClearinghouseHost Host, Target Target)> TargetAsync(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var target = await hosts.TargetFor(provider);
        return (host, target);
    }

    public sealed record Target(OrganizationView Organization, IReadOnlyList<MemberView> Members);

    /// <summary>Servers that accept request bodies of at most <see cref="BodyLimit"/> bytes.</summary>
    public sealed class SmallBodyLimitHosts : SharedHosts
    {
        private readonly Dictionary<DatabaseProvider, Task<Target>> targets = [];

        public SmallBodyLimitHosts()
            : base(new Dictionary<string, string?> { ["Limits:MaxRequestBodyBytes"] = BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
        }

        public Task<Target> TargetFor(DatabaseProvider provider)
        {
            lock (targets)
            {
                if (!targets.TryGetValue(provider, out var target))
                {
                    targets[provider] = target = CreateTargetAsync(provider);
                }

                return target;
            }
        }

        private async Task<Target> CreateTargetAsync(DatabaseProvider provider)
        {
            var host = await For(provider);
            var enrolment = await host.EnrolAsync("Target Co", OrganizationKind.Maintainer, TlpLabel.Amber);
            var (viewer, _) = await host.AddMemberAsync(enrolment.Organization.Id, MemberRole.Viewer, enrolment.AdminToken.Secret);
            return new Target(enrolment.Organization, [viewer]);
        }
    }
}
