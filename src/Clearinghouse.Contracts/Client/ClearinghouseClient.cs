using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Clearinghouse.Contracts.Problems;

namespace Clearinghouse.Contracts.Client;

/// <summary>The outcome of one call: the value, or the problem the server (or the network) answered with.</summary>
/// <typeparam name="T">The response type.</typeparam>
/// <param name="Value">The response body, when the call succeeded.</param>
/// <param name="Problem">The server's problem, when it refused or failed.</param>
/// <param name="NetworkError">Why the server could not be reached, when it could not.</param>
public sealed record ApiResult<T>(T? Value, ProblemView? Problem, string? NetworkError)
{
    /// <summary>True when the call succeeded and <see cref="Value"/> holds the answer.</summary>
    public bool Succeeded => Problem is null && NetworkError is null;
}

/// <summary>
/// A thin client for the clearinghouse's HTTP API: one method per verb, contract types in and out, problems returned
/// rather than thrown. It never retries a write on its own.
/// </summary>
public sealed class ClearinghouseClient : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttp;

    /// <summary>A client for the server at <paramref name="server"/>, authenticating with <paramref name="token"/> if given.</summary>
    public ClearinghouseClient(Uri server, string? token, HttpMessageHandler? handler = null)
    {
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        ownsHttp = true;
        http.BaseAddress = server;
        http.Timeout = TimeSpan.FromSeconds(100);
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>A client over an <see cref="HttpClient"/> the caller configured (base address and authorization).</summary>
    public ClearinghouseClient(HttpClient http)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
    }

    /// <summary>GET <paramref name="path"/>.</summary>
    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), ct);

    /// <summary>POST <paramref name="body"/> (or no body) to <paramref name="path"/>.</summary>
    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken ct = default) =>
        SendAsync<T>(WithBody(HttpMethod.Post, path, body), ct);

    /// <summary>
    /// POST <paramref name="content"/> as it is (a SARIF log streamed from a file, say) to <paramref name="path"/>, with an
    /// <c>Idempotency-Key</c> header when <paramref name="idempotencyKey"/> is given.
    /// </summary>
    public Task<ApiResult<T>> PostContentAsync<T>(string path, HttpContent content, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return SendAsync<T>(request, ct);
    }

    /// <summary>PATCH <paramref name="path"/> with <paramref name="body"/>.</summary>
    public Task<ApiResult<T>> PatchAsync<T>(string path, object body, CancellationToken ct = default) =>
        SendAsync<T>(WithBody(HttpMethod.Patch, path, body), ct);

    /// <summary>DELETE <paramref name="path"/>.</summary>
    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken ct = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Delete, path), ct);

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private static HttpRequestMessage WithBody(HttpMethod method, string path, object? body) => new(method, path)
    {
        Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: ContractJson.Options),
    };

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var value = await response.Content.ReadFromJsonAsync<T>(ContractJson.Options, ct).ConfigureAwait(false);
                    return new ApiResult<T>(value, null, null);
                }

                return new ApiResult<T>(default, await ReadProblemAsync(response, ct).ConfigureAwait(false), null);
            }
            catch (HttpRequestException e)
            {
                return new ApiResult<T>(default, null, $"Cannot reach {http.BaseAddress}: {e.Message}");
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                return new ApiResult<T>(default, null, $"{http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s.");
            }
        }
    }

    private static async Task<ProblemView> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            Dictionary<string, string[]>? errors = null;
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                errors = e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray());
            }

            return new ProblemView(String(root, "type"), String(root, "title"), (int)response.StatusCode, String(root, "detail"), errors, String(root, "traceId"));
        }
        catch (JsonException)
        {
            return new ProblemView(null, response.ReasonPhrase, (int)response.StatusCode, text.Length > 500 ? text[..500] : text, null, null);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
