using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Conversions;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Findings;

/// <summary>
/// Maps an advisory record to native findings: an OSV record gives one finding per affected package that names a
/// concrete affected version (the first listed version, else the first introduced version that is not "0", else the
/// first last_affected); a CVE JSON 5 record is converted to OSV first (<see cref="CveToOsv"/>). Entries that give no
/// finding are named in <see cref="AdvisoryMapping.Refusals"/>; a record that gives none is refused.
/// <para>
/// Advisory findings have no file, line or crash, so they join cases by the <c>exact</c> fingerprint: the rule is the
/// vulnerability's key (its CVE id when the record names one, so an OSV record and the CVE record of the same
/// vulnerability meet; else the record id) and one partial fingerprint repeats it.
/// </para>
/// </summary>
public static partial class AdvisoryFindings
{
    public const string OsvTool = "osv-record";
    public const string CveTool = "cve-record";
    public const string VulnerabilityFingerprint = "advisoryVulnerabilityId/v1";

    public sealed record AdvisoryMapping(IReadOnlyList<FindingSubmission> Findings, IReadOnlyList<JsonDiagnostic> Refusals);

    public static AdvisoryMapping FromOsv(OsvRecord record, TlpLabel? tlp, string? tool = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var refusals = new List<JsonDiagnostic>();
        var findings = new List<FindingSubmission>();
        if (record.Withdrawn is { } withdrawn)
        {
            refusals.Add(new JsonDiagnostic("/withdrawn", $"the record was withdrawn on {withdrawn:yyyy-MM-dd}; a withdrawn record reports no vulnerability"));
            return new AdvisoryMapping(findings, refusals);
        }

        var aliases = new[] { record.Id }.Concat(record.Aliases).Where(FindingRules.IsAlias).Distinct(StringComparer.Ordinal).ToList();
        var key = aliases.Where(a => a.StartsWith("CVE-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault() ?? Truncate(record.Id, 300);
        var weakness = FirstCwe(record.DatabaseSpecific);
        for (var i = 0; i < record.Affected.Count; i++)
        {
            var affected = record.Affected[i];
            var pointer = $"/affected/{i}";
            if (affected.Package is not { } package)
            {
                refusals.Add(new JsonDiagnostic(pointer, "no package: GIT ranges name commits of a repository, not a version a finding can be made on"));
                continue;
            }

            var evaluable = affected.Ranges.Where(r => r.Type is OsvRangeType.SemVer or OsvRangeType.Ecosystem).ToList();
            if (evaluable.Count == 0 && affected.Versions.Count == 0)
            {
                refusals.Add(new JsonDiagnostic(pointer, $"{package.Ecosystem} package '{package.Name}' has neither a SEMVER or ECOSYSTEM range nor listed versions"));
                continue;
            }

            var events = evaluable.SelectMany(r => r.Events).ToList();
            var version = affected.Versions.FirstOrDefault(v => v.Length > 0)
                ?? events.FirstOrDefault(e => e.Kind == OsvEventKind.Introduced && e.Version != "0")?.Version
                ?? events.FirstOrDefault(e => e.Kind == OsvEventKind.LastAffected)?.Version;
            if (version is null)
            {
                refusals.Add(new JsonDiagnostic(pointer, $"{package.Ecosystem} package '{package.Name}' names no concrete affected version (no listed version, no introduced version other than \"0\", no last_affected)"));
                continue;
            }

            if (!OsvEcosystems.TryToPurl(package.Ecosystem, package.Name, version, out var purl))
            {
                refusals.Add(new JsonDiagnostic(pointer, $"{package.Ecosystem} package '{package.Name}' has no package URL (ecosystems with one: {string.Join(", ", OsvEcosystems.PurlTypes)})"));
                continue;
            }

            var first = evaluable.Count > 0 ? evaluable[0].Events : [];
            findings.Add(new FindingSubmission
            {
                Title = Truncate(record.Summary is { } summary && summary.Trim().Length >= 3 ? summary.Trim() : record.Id, 300),
                Description = record.Details is { Length: > 0 } details ? Truncate(details, 65_536) : null,
                Target = new FindingTarget
                {
                    Purl = purl.ToString(),
                    Introduced = first.FirstOrDefault(e => e.Kind == OsvEventKind.Introduced)?.Version is { Length: <= 200 } introduced ? introduced : null,
                    Fixed = first.FirstOrDefault(e => e.Kind == OsvEventKind.Fixed)?.Version is { Length: <= 200 } fixedIn ? fixedIn : null,
                },
                Weakness = weakness,
                CvssVector = Cvss(record.Severity) ?? Cvss(affected.Severity),
                Tlp = tlp,
                FoundBy = new FindingOrigin { Tool = tool ?? OsvTool },
                RuleId = key,
                PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { [VulnerabilityFingerprint] = key },
                Aliases = aliases,
                ExternalId = Truncate(record.Id, 300),
            });
        }

        if (findings.Count == 0 && refusals.Count == 0)
        {
            refusals.Add(new JsonDiagnostic("/affected", "the record names no affected package"));
        }

        return new AdvisoryMapping(findings, refusals);
    }

    /// <summary>
    /// A CVE record's findings, through its OSV form. What the conversion left out is reported only when no finding is
    /// left (most CVE records name vendors and products beside the packages, and those are not the reporter's error).
    /// </summary>
    public static AdvisoryMapping FromCve(CveRecord record, TlpLabel? tlp, string? tool = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var converted = CveToOsv.Convert(record);
        var mapping = FromOsv(converted.Value!, tlp, tool ?? CveTool);
        if (mapping.Findings.Count > 0)
        {
            return mapping with { Refusals = [] };
        }

        // The converted record's pointers mean nothing to the caller; its entries come from the CNA's affected list.
        var refusals = converted.Diagnostics.ToList();
        var leftOut = refusals.Count;
        refusals.AddRange(mapping.Refusals
            .Where(r => r.Location != "/affected" || leftOut == 0)
            .Select(r => new JsonDiagnostic(r.Location.StartsWith("/affected", StringComparison.Ordinal) ? "/containers/cna/affected" : r.Location, r.Reason)));
        return mapping with { Refusals = refusals };
    }

    private static string? Cvss(IReadOnlyList<OsvSeverity> severity) =>
        severity.Where(s => s.Type is "CVSS_V3" or "CVSS_V4" && s.Score.Length <= 400 && CvssVector.TryParse(s.Score, out _, out _))
            .Select(s => s.Score).FirstOrDefault();

    private static string? FirstCwe(JsonElement? databaseSpecific) => OsvRecord.CweIds(databaseSpecific).FirstOrDefault(id => Cwe().IsMatch(id));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    // The alias rule of FindingRules: an alias that it would refuse is left out rather than refusing the record.

    [GeneratedRegex(@"^CWE-[1-9][0-9]{0,5}$")]
    private static partial Regex Cwe();
}
