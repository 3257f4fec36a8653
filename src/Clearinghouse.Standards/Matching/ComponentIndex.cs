namespace Clearinghouse.Standards.Matching;

/// <summary>
/// The reverse index: from a package to the inventory components that use it, grouped by version, so a new or changed
/// vulnerability finds every exposed component by looking up its own packages and evaluating each distinct version
/// once, without rescanning any inventory.
/// </summary>
/// <typeparam name="TId">The caller's id of a component (an inventory row).</typeparam>
public sealed class ComponentIndex<TId>
    where TId : notnull
{
    private readonly Dictionary<PackageKey, Dictionary<string, List<TId>>> byPackage = [];
    private readonly Dictionary<TId, (PackageKey Package, string Version)> byId = [];

    /// <summary>How many components it holds.</summary>
    public int Count => byId.Count;

    /// <summary>Adds a component (or moves it, when the id is known).</summary>
    public void Add(TId id, PackageKey package, string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Remove(id);
        byId[id] = (package, version);
        if (!byPackage.TryGetValue(package, out var versions))
        {
            byPackage[package] = versions = new(StringComparer.Ordinal);
        }

        if (!versions.TryGetValue(version, out var ids))
        {
            versions[version] = ids = [];
        }

        ids.Add(id);
    }

    /// <summary>Removes a component; false when the id is unknown.</summary>
    public bool Remove(TId id)
    {
        if (!byId.Remove(id, out var at))
        {
            return false;
        }

        var versions = byPackage[at.Package];
        var ids = versions[at.Version];
        ids.Remove(id);
        if (ids.Count == 0)
        {
            versions.Remove(at.Version);
            if (versions.Count == 0)
            {
                byPackage.Remove(at.Package);
            }
        }

        return true;
    }

    /// <summary>The components <paramref name="vulnerability"/> affects, each with its match.</summary>
    public IEnumerable<(TId Component, AdvisoryMatch Match)> Exposed(KnownVulnerability vulnerability)
    {
        ArgumentNullException.ThrowIfNull(vulnerability);
        foreach (var package in vulnerability.Packages)
        {
            if (!byPackage.TryGetValue(package, out var versions))
            {
                continue;
            }

            foreach (var (version, ids) in versions)
            {
                if (vulnerability.Match(package, version) is not { } match)
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    yield return (id, match);
                }
            }
        }
    }
}
