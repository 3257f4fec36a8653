using Clearinghouse.Scans;
using Clearinghouse.Storage;

namespace Clearinghouse.Exposure;

/// <summary>
/// Scans' seam to exposure data (issue 6): a package target counts the organizations whose current inventories use it,
/// in any version, so that coverage gaps rank first what most operators would be exposed by. Read from the engine's
/// component index under its gate, so a count never runs ahead of, or behind, a committed inventory.
/// </summary>
public sealed class ExposureCounts(ClearinghouseDb db, ExposureEngine engine) : IExposureCounts
{
    public string Source => "exposure inventories";

    public async Task<IReadOnlyList<(string Target, int Operators)>> MostExposedAsync(int limit, CancellationToken ct)
    {
        using var _ = await engine.LockAsync(db, ct);
        return engine.MostDependedOn(limit);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        using var _ = await engine.LockAsync(db, ct);
        // With inventories to count from, a package nobody uses has a true count of zero (not "unknown").
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            counts[target] = engine.Dependents(target);
        }

        return counts;
    }
}
