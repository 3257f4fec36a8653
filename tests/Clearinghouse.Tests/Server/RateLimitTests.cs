using System.Globalization;
using System.Net;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Contracts.Problems;
using Clearinghouse.Storage;

namespace Clearinghouse.Tests.Server;

public sealed class RateLimitTests
{
    private const int MaxAttempts = 50;

    [Fact]
    public async Task A_token_over_its_rate_gets_429_with_Retry_After_while_another_token_is_not_limited()
    {
        await using var host = new ClearinghouseHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Limits:RequestsPerMinute"] = "60",
            ["Limits:Burst"] = "5",
        });
        await host.InitializeAsync();
        var org = await host.EnrolAsync("Busy Co", OrganizationKind.ScannerOperator);
        using var busy = host.Client(org.AdminToken.Secret);
        using var other = host.Client(host.StaffToken);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < MaxAttempts && limited is null; i++)
        {
            var response = await busy.GetAsync("/api/me");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        // At once, while the busy token is still limited, another token is served.
        var otherResponse = await other.GetAsync("/api/me");

        Assert.True(limited is not null, $"No 429 within {MaxAttempts} requests: {string.Join(", ", statuses.Select(s => (int)s))}");
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(statuses.Count >= 5, $"Limited after {statuses.Count} requests although the burst is 5");
        using (limited)
        {
            await limited.ProblemAsync(HttpStatusCode.TooManyRequests, ProblemTypes.RateLimited);
            var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
            Assert.True(int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 1,
                $"Retry-After should be a whole number of seconds, was '{retryAfter}'");
        }

        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        otherResponse.Dispose();
    }
}
