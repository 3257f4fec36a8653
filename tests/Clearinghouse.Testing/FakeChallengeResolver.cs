using System.Collections.Concurrent;
using Clearinghouse.Scans;

namespace Clearinghouse.Testing;

/// <summary>The DNS and the web as far as ownership challenges go: tests publish a TXT record or a well-known file here.</summary>
public sealed class FakeChallengeResolver : IChallengeResolver
{
    private readonly ConcurrentDictionary<string, string> txt = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> pages = new(StringComparer.Ordinal);

    public void PublishTxt(string name, string value) => txt[name] = value;

    public void PublishPage(string url, string body) => pages[url] = body;

    public Task<IReadOnlyList<string>> TxtRecordsAsync(string name, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(txt.TryGetValue(name, out var value) ? [value] : []);

    public Task<string?> FetchAsync(Uri url, CancellationToken ct) =>
        Task.FromResult(pages.TryGetValue(url.ToString(), out var body) ? body : null);
}
