using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// The forward index: from a package to the vulnerabilities that name it, so an SBOM is matched with one dictionary
/// lookup per component (most components have no advisory) and, where one does, a binary search in that package's
/// compiled interval table (ADR 015). Vulnerabilities
/// are added, replaced and removed one at a time, so a feed import changes only what it brought. Not thread-safe for
/// writes: the owner serializes changes and readers (the server swaps whole indexes, the CLI builds one and reads it).
/// </summary>
public sealed class AdvisoryIndex
{
    private readonly Dictionary<PackageKey, PackageMatcher> byPackage = [];
    private readonly Dictionary<string, KnownVulnerability> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownVulnerability> byAnyId = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An index of <paramref name="vulnerabilities"/>.</summary>
    public AdvisoryIndex(IEnumerable<KnownVulnerability> vulnerabilities)
    {
        ArgumentNullException.ThrowIfNull(vulnerabilities);
        var lists = new Dictionary<PackageKey, List<KnownVulnerability>>();
        foreach (var vulnerability in vulnerabilities)
        {
            byId[vulnerability.Id] = vulnerability;
            AddIds(vulnerability);
            foreach (var package in vulnerability.Packages)
            {
                if (!lists.TryGetValue(package, out var list))
                {
                    lists[package] = list = [];
                }

                list.Add(vulnerability);
            }
        }

        foreach (var (package, list) in lists)
        {
            byPackage[package] = new PackageMatcher(package, list);
        }
    }

    /// <summary>How many vulnerabilities it holds.</summary>
    public int Count => byId.Count;

    /// <summary>How many packages at least one vulnerability names.</summary>
    public int PackageCount => byPackage.Count;

    /// <summary>Every vulnerability, in no particular order.</summary>
    public IEnumerable<KnownVulnerability> Vulnerabilities => byId.Values;

    /// <summary>The vulnerability filed under <paramref name="id"/> (its canonical id), or null.</summary>
    public KnownVulnerability? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The vulnerability that has <paramref name="id"/> as its id or one of its aliases (any case), or null.</summary>
    public KnownVulnerability? FindByAnyId(string id) => byAnyId.GetValueOrDefault(id);

    /// <summary>The vulnerabilities that name <paramref name="package"/>.</summary>
    public IReadOnlyList<KnownVulnerability> For(PackageKey package) => byPackage.TryGetValue(package, out var matcher) ? matcher.Vulnerabilities : [];

    /// <summary>Adds a vulnerability, or replaces the one with the same id.</summary>
    public void Upsert(KnownVulnerability vulnerability)
    {
        ArgumentNullException.ThrowIfNull(vulnerability);
        Remove(vulnerability.Id);
        byId[vulnerability.Id] = vulnerability;
        AddIds(vulnerability);
        foreach (var package in vulnerability.Packages)
        {
            byPackage[package] = new PackageMatcher(package, [.. For(package), vulnerability]);
        }
    }

    /// <summary>Removes the vulnerability with this id; false when there was none.</summary>
    public bool Remove(string id)
    {
        if (!byId.Remove(id, out var old))
        {
            return false;
        }

        foreach (var any in old.Aliases.Prepend(old.Id))
        {
            if (byAnyId.TryGetValue(any, out var holder) && ReferenceEquals(holder, old))
            {
                byAnyId.Remove(any);
            }
        }

        foreach (var package in old.Packages)
        {
            var rest = For(package).Where(v => v.Id != id).ToList();
            if (rest.Count == 0)
            {
                byPackage.Remove(package);
            }
            else
            {
                byPackage[package] = new PackageMatcher(package, rest);
            }
        }

        return true;
    }

    /// <summary>The vulnerabilities that affect the component <paramref name="purl"/> (which must carry its version); none for a purl without version or ecosystem.</summary>
    public IReadOnlyList<AdvisoryMatch> Match(PackageUrl purl)
    {
        ArgumentNullException.ThrowIfNull(purl);
        return purl.Version is { } version && PackageKey.TryFromPurl(purl, out var key) ? Match(key, version) : [];
    }

    /// <summary>The vulnerabilities that affect <paramref name="version"/> of <paramref name="package"/>.</summary>
    public IReadOnlyList<AdvisoryMatch> Match(PackageKey package, string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return byPackage.TryGetValue(package, out var matcher) && matcher.Match(version) is { } matches ? matches : [];
    }

    private void AddIds(KnownVulnerability vulnerability)
    {
        foreach (var any in vulnerability.Aliases.Prepend(vulnerability.Id))
        {
            byAnyId[any] = vulnerability;
        }
    }
}
