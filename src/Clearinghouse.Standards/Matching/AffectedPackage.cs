using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// What one vulnerability says about one package, compiled once when the vulnerability is built: the versions its
/// records list, its evaluable ranges (<see cref="CompiledRange"/>), and the fixed versions to advise (those not
/// themselves affected, lowest first), so matching a component reads no advisory text and sorts nothing.
/// </summary>
internal sealed class AffectedPackage
{
    private readonly HashSet<string> listed = new(StringComparer.Ordinal);
    private readonly CompiledRange[] ranges;
    private readonly IVersionOrdering fixOrdering;
    private readonly string[] fixes;
    private readonly VersionKey?[] fixKeys;

    // The shared tails of fixes, by their first index; made on first use (a race makes one twice, both equal).
    private string[]?[]? tails;

    public AffectedPackage(PackageKey package, IReadOnlyList<OsvAffected> entries)
    {
        var compiled = new List<CompiledRange>();
        var fixedVersions = new List<string>();
        foreach (var entry in entries)
        {
            listed.UnionWith(entry.Versions);
            foreach (var range in entry.Ranges)
            {
                if (CompiledRange.Compile(range, entry.Package!) is { } one)
                {
                    compiled.Add(one);
                }

                foreach (var e in range.Events)
                {
                    if (e.Kind == OsvEventKind.Fixed && !fixedVersions.Contains(e.Version, StringComparer.Ordinal))
                    {
                        fixedVersions.Add(e.Version);
                    }
                }
            }
        }

        ranges = [.. compiled];
        var ecosystem = VersionOrderings.ForEcosystem(package.Ecosystem);
        fixOrdering = ecosystem ?? VersionOrderings.SemVer;
        var candidates = new List<(string Version, VersionKey? Key)>();
        foreach (var fix in fixedVersions)
        {
            var version = new ComponentVersion(ecosystem, fix);
            if (!Affects(ref version))
            {
                candidates.Add((fix, fixOrdering.ReadKey(fix)));
            }
        }

        // Versions the ordering cannot read are ordered as text, as the uncompiled advice did.
        candidates.Sort((x, y) => x.Key is { } a && y.Key is { } b ? fixOrdering.Compare(a, b) : string.CompareOrdinal(x.Version, y.Version));
        fixes = [.. candidates.Select(c => c.Version)];
        fixKeys = [.. candidates.Select(c => c.Key)];
    }

    /// <summary>The versions its records list.</summary>
    public IReadOnlyCollection<string> Listed => listed;

    /// <summary>Its evaluable ranges.</summary>
    public IReadOnlyList<CompiledRange> Ranges => ranges;

    /// <summary>Whether the version is listed or inside a range.</summary>
    public bool Affects(ref ComponentVersion version)
    {
        if (listed.Contains(version.Text))
        {
            return true;
        }

        foreach (var range in ranges)
        {
            if (range.Includes(ref version))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The advised fixed versions above the version (all of them, shared, when it is below every one).</summary>
    /// <remarks>
    /// The fixes are sorted, so the ones above a version are mostly the tail from the first one above it: each such tail
    /// is made once and shared by every later match. Any other answer (a fix the ordering cannot read, kept wherever it
    /// sorted) is copied out as before.
    /// </remarks>
    public IReadOnlyList<string> FixedAbove(ref ComponentVersion version)
    {
        if (version.Key(fixOrdering) is not { } key)
        {
            return fixes;
        }

        var first = -1;
        var above = 0;
        for (var i = 0; i < fixes.Length; i++)
        {
            if (IsAbove(i, key))
            {
                first = first < 0 ? i : first;
                above++;
            }
        }

        if (above == fixes.Length)
        {
            return fixes;
        }

        if (above == 0)
        {
            return [];
        }

        if (above == fixes.Length - first)
        {
            var tails = this.tails ??= new string[]?[fixes.Length];
            return tails[first] ??= fixes[first..];
        }

        var result = new string[above];
        var at = 0;
        for (var i = first; i < fixes.Length; i++)
        {
            if (IsAbove(i, key))
            {
                result[at++] = fixes[i];
            }
        }

        return result;
    }

    // A fix the ordering cannot read cannot be compared, so it is kept, as the uncompiled advice kept it.
    private bool IsAbove(int fix, VersionKey version) => fixKeys[fix] is not { } key || fixOrdering.Compare(key, version) > 0;
}
