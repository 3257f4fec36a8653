using System.Text.Json;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Osv;

/// <summary>An <c>affected[]</c> entry: a package, its ranges and enumerated versions, and its extension objects.</summary>
public sealed class OsvAffected
{
    internal OsvAffected(
        OsvPackage? package,
        IReadOnlyList<OsvSeverity> severity,
        IReadOnlyList<OsvRange> ranges,
        IReadOnlyList<string> versions,
        JsonElement? ecosystemSpecific,
        JsonElement? databaseSpecific)
    {
        Package = package;
        Severity = severity;
        Ranges = ranges;
        Versions = versions;
        EcosystemSpecific = ecosystemSpecific;
        DatabaseSpecific = databaseSpecific;
    }

    /// <summary>The package; null when the entry has none (allowed only with GIT ranges).</summary>
    public OsvPackage? Package { get; }

    /// <summary>Per-package severities.</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; }

    /// <summary>The ranges, in document order.</summary>
    public IReadOnlyList<OsvRange> Ranges { get; }

    /// <summary>The enumerated affected versions.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The <c>ecosystem_specific</c> object, when given.</summary>
    public JsonElement? EcosystemSpecific { get; }

    /// <summary>The <c>database_specific</c> object, when given.</summary>
    public JsonElement? DatabaseSpecific { get; }

    /// <summary>
    /// Whether the ranges alone (not the <c>versions</c> list) include <paramref name="version"/>, by the OSV schema's
    /// <c>IncludedInRanges</c>: per range, if the version is before some limit, walk the events sorted by version;
    /// an <c>introduced</c> at or below the version makes it affected, a <c>fixed</c> at or below or a
    /// <c>last_affected</c> below makes it not affected. SEMVER ranges use SemVer; ECOSYSTEM ranges the ordering of
    /// the package's ecosystem (<see cref="VersionOrderings"/>); GIT and unknown ranges are not evaluated.
    /// </summary>
    public OsvEvaluation EvaluateRanges(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var unevaluated = new List<OsvUnevaluatedRange>();
        var evaluated = 0;
        foreach (var range in Ranges)
        {
            var ordering = range.Type switch
            {
                OsvRangeType.SemVer => VersionOrderings.SemVer,
                OsvRangeType.Ecosystem when Package is not null => VersionOrderings.ForEcosystem(Package.Ecosystem),
                _ => null,
            };
            if (ordering is null)
            {
                unevaluated.Add(new OsvUnevaluatedRange(range, range.Type switch
                {
                    OsvRangeType.Git => "GIT ranges need the repository's commit history",
                    OsvRangeType.Ecosystem => $"no version ordering for ecosystem '{Package?.Ecosystem}'",
                    _ => $"unknown range type '{range.TypeName}'",
                }));
                continue;
            }

            if (!TryEvaluate(range, ordering, version, out var included, out var decidingEvent, out var reason))
            {
                unevaluated.Add(new OsvUnevaluatedRange(range, reason));
                continue;
            }

            evaluated++;
            if (included)
            {
                return new OsvEvaluation(OsvOutcome.Affected, this, range, decidingEvent, unevaluated);
            }
        }

        var outcome = evaluated == 0 && unevaluated.Count > 0 ? OsvOutcome.NotEvaluable : OsvOutcome.NotAffected;
        return new OsvEvaluation(outcome, null, null, null, unevaluated);
    }

    private static bool TryEvaluate(
        OsvRange range, IVersionOrdering ordering, string version, out bool included, out OsvEvent? decidingEvent, out string reason)
    {
        included = false;
        decidingEvent = null;
        reason = string.Empty;
        if (!ordering.IsValid(version))
        {
            reason = $"'{version}' is not a version under {ordering.Rules}";
            return false;
        }

        foreach (var e in range.Events)
        {
            if (!IsSpecial(e) && !ordering.IsValid(e.Version))
            {
                reason = $"the event version '{e.Version}' is not a version under {ordering.Rules}";
                return false;
            }
        }

        // BeforeLimits: no limit means an implicit "*".
        var limits = range.Events.Where(e => e.Kind == OsvEventKind.Limit).ToList();
        if (limits.Count > 0 && !limits.Any(l => l.Version.Contains('*', StringComparison.Ordinal) || Compare(ordering, version, l.Version) < 0))
        {
            return true;
        }

        // A stable sort: events at equal versions keep their document order.
        var sorted = range.Events
            .Where(e => e.Kind != OsvEventKind.Limit)
            .Select((e, i) => (Event: e, Index: i))
            .Order(Comparer<(OsvEvent Event, int Index)>.Create((x, y) =>
            {
                var order = CompareEvents(ordering, x.Event, y.Event);
                return order != 0 ? order : x.Index.CompareTo(y.Index);
            }));
        foreach (var (e, _) in sorted)
        {
            switch (e.Kind)
            {
                case OsvEventKind.Introduced when IsZero(e) || Compare(ordering, version, e.Version) >= 0:
                    included = true;
                    decidingEvent = e;
                    break;
                case OsvEventKind.Fixed when Compare(ordering, version, e.Version) >= 0:
                case OsvEventKind.LastAffected when Compare(ordering, version, e.Version) > 0:
                    included = false;
                    decidingEvent = e;
                    break;
            }
        }

        return true;
    }

    private static int CompareEvents(IVersionOrdering ordering, OsvEvent x, OsvEvent y) => (IsZero(x), IsZero(y)) switch
    {
        (true, true) => 0,
        (true, false) => -1,
        (false, true) => 1,
        _ => Compare(ordering, x.Version, y.Version),
    };

    private static bool IsZero(OsvEvent e) => e.Kind == OsvEventKind.Introduced && e.Version == "0";

    private static bool IsSpecial(OsvEvent e) => IsZero(e) || (e.Kind == OsvEventKind.Limit && e.Version.Contains('*', StringComparison.Ordinal));

    // Both versions were checked valid, so TryCompare succeeds.
    private static int Compare(IVersionOrdering ordering, string left, string right) =>
        ordering.TryCompare(left, right, out var order) ? order : 0;
}
