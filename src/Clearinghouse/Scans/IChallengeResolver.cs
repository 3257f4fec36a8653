namespace Clearinghouse.Scans;

/// <summary>
/// Where ownership challenges are looked up: the DNS and the web. The one seam between Scans and the outside world, so
/// that tests answer for the outside world with a fake.
/// </summary>
public interface IChallengeResolver
{
    /// <summary>The TXT records of <paramref name="name"/> (empty when there are none).</summary>
    Task<IReadOnlyList<string>> TxtRecordsAsync(string name, CancellationToken ct);

    /// <summary>The body of <paramref name="url"/> (at most a few kilobytes), or null when it cannot be fetched.</summary>
    Task<string?> FetchAsync(Uri url, CancellationToken ct);
}
