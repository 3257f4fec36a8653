namespace Clearinghouse.Scans;

/// <summary>
/// How many exposed operators depend on a target (a package or repository, normalized as <see cref="ScanTarget.Text"/>):
/// the seam to the Exposure capability, which ranks coverage gaps by it.
/// </summary>
public interface IExposureCounts
{
    /// <summary>Where the counts come from, for the report to say; "none" when there is no exposure data.</summary>
    string Source { get; }

    /// <summary>The most depended-on targets, most exposed first.</summary>
    Task<IReadOnlyList<(string Target, int Operators)>> MostExposedAsync(int limit, CancellationToken ct);

    /// <summary>The counts of the given targets that have any.</summary>
    Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> targets, CancellationToken ct);
}

/// <summary>
/// The counts before the Exposure capability exists: none. Gap reports then say so (<c>exposureSource: "none"</c>, counts
/// null) and rank by time since last coverage alone, rather than pretending every target has zero operators.
/// </summary>
public sealed class NoExposureData : IExposureCounts
{
    public string Source => "none";

    public Task<IReadOnlyList<(string Target, int Operators)>> MostExposedAsync(int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, int)>>([]);

    public Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> targets, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>());
}
