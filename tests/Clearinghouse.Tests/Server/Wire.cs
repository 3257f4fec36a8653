using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Problems;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Server;

/// <summary>What the HTTP tests check again and again: a success's body, a problem's shape, and what the database holds.</summary>
internal static class Wire
{
    /// <summary>Problems are read leniently (they may carry extensions such as traceId); views are read with the contract's strict options.</summary>
    private static readonly JsonSerializerOptions ProblemJson = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts the status (showing the body when it differs) and reads the body as a contract type.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode} for {Describe(response)}: {body}");
        return JsonSerializer.Deserialize<T>(body, ContractJson.Options) ?? throw new InvalidOperationException("The body was JSON null.");
    }

    /// <summary>
    /// Asserts that the answer is an RFC 9457 problem with this status and catalogue type, says what went wrong
    /// (a detail or field errors) and shows nothing of the server's insides; returns it and its raw body.
    /// </summary>
    public static async Task<(ProblemView Problem, string Body)> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode} for {Describe(response)}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"Expected application/problem+json but got '{response.Content.Headers.ContentType}' for {Describe(response)}: {body}");
        var problem = JsonSerializer.Deserialize<ProblemView>(body, ProblemJson) ?? throw new InvalidOperationException("The body was JSON null.");
        Assert.True(problem.Type == type, $"Expected type {type} but got {problem.Type} for {Describe(response)}: {body}");
        Assert.Equal((int)status, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title), $"The problem has no title: {body}");
        Assert.True(!string.IsNullOrWhiteSpace(problem.Detail) || problem.Errors is { Count: > 0 }, $"The problem says nothing of what was wrong: {body}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return (problem, body);
    }

    /// <summary>A JSON body written by hand, for requests the contract types cannot express.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsync(path, JsonContent.Create(body, body.GetType(), options: ContractJson.Options));

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, object body) =>
        client.PatchAsync(path, JsonContent.Create(body, body.GetType(), options: ContractJson.Options));

    public static string Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";
}

/// <summary>How many rows each table holds: a refused request must leave all four unchanged.</summary>
internal sealed record RowCounts(int Organizations, int Members, int ApiTokens, int AuditEntries)
{
    public static async Task<RowCounts> OfAsync(ClearinghouseHost host)
    {
        await using var db = host.OpenDatabase();
        return new RowCounts(
            await db.Organizations.CountAsync(),
            await db.Members.CountAsync(),
            await db.ApiTokens.CountAsync(),
            await db.AuditEntries.CountAsync());
    }
}
