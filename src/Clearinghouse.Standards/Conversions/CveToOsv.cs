using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Conversions;

/// <summary>
/// Converts a CVE JSON 5 record to an OSV record, as far as OSV can say it. OSV describes packages of an ecosystem and
/// source repositories; a CVE product that names neither (most CNAs write vendor and product only) cannot be matched by
/// OSV tools and is left out with a diagnostic, as is any version entry whose meaning OSV cannot carry.
/// </summary>
public static class CveToOsv
{
    /// <summary>The OSV schema version the converter writes.</summary>
    public const string SchemaVersion = "1.6.0";

    /// <summary>
    /// Converts <paramref name="record"/>. The result always has a value (the CVE id, texts, severities and references
    /// carry over in every case); its diagnostics name, by JSON pointer into the CVE record, what was left out and why.
    /// </summary>
    public static JsonLoadResult<OsvRecord> Convert(CveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var left = new List<JsonDiagnostic>();
        var cna = record.Cna;
        var containers = new List<(CveContainer Container, string Pointer)> { (cna, "/containers/cna") };
        containers.AddRange(record.Adp.Select((adp, i) => (adp, $"/containers/adp/{i}")));

        var affected = new List<OsvAffected>();
        for (var i = 0; i < cna.Affected.Count; i++)
        {
            Affected(cna.Affected[i], $"/containers/cna/affected/{i}", left, affected);
        }

        var severity = new List<OsvSeverity>();
        foreach (var (container, pointer) in containers)
        {
            foreach (var metric in container.Metrics)
            {
                foreach (var cvss in metric.Cvss)
                {
                    if (cvss.Vector is not { } vector)
                    {
                        left.Add(new JsonDiagnostic($"{pointer}/metrics", $"{cvss.Member} '{cvss.VectorString}' is not a valid CVSS vector"));
                        continue;
                    }

                    var type = vector.Version switch
                    {
                        Cvss.CvssVersion.V20 => "CVSS_V2",
                        Cvss.CvssVersion.V40 => "CVSS_V4",
                        _ => "CVSS_V3",
                    };
                    var text = vector.ToString();
                    if (!severity.Any(s => s.Type == type && s.Score == text))
                    {
                        severity.Add(new OsvSeverity(type, text));
                    }
                }
            }
        }

        var cwes = containers.SelectMany(c => c.Container.ProblemTypes).Select(p => p.CweId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var metadata = record.Metadata;
        var withdrawn = metadata.State == CveRecordState.Rejected ? Instant(metadata.DateRejected ?? metadata.DateUpdated) : null;
        var modified = Instant(metadata.DateUpdated) ?? Instant(metadata.DatePublished) ?? Instant(cna.ProviderMetadata.DateUpdated);
        if (modified is null)
        {
            left.Add(new JsonDiagnostic("/cveMetadata/dateUpdated", "no date the record was updated or published, which OSV's modified requires"));
        }

        var details = English(cna.Descriptions) ?? English(cna.RejectedReasons);
        var osv = new OsvRecord(
            metadata.CveId,
            SchemaVersion,
            modified,
            Instant(metadata.DatePublished),
            withdrawn,
            [],
            [],
            [],
            cna.Title,
            details,
            severity,
            affected,
            [.. containers.SelectMany(c => c.Container.References).DistinctBy(r => r.Url).Select(r => new OsvReference(ReferenceType(r.Tags), r.Url))],
            [.. cna.Credits.Select(c => new OsvCredit(c.Value, [], CreditType(c.Type)))],
            cwes.Count == 0 ? null : CweIds(cwes));
        return new JsonLoadResult<OsvRecord>(osv, left);
    }

    private static void Affected(CveProduct product, string pointer, List<JsonDiagnostic> left, List<OsvAffected> affected)
    {
        var entries = product.Versions.Select((v, i) => (Version: v, Pointer: $"{pointer}/versions/{i}")).ToList();
        var git = entries.Where(e => IsGit(e.Version)).ToList();
        var other = entries.Where(e => !IsGit(e.Version)).ToList();
        var ranges = new List<OsvRange>();
        if (git.Count > 0)
        {
            var repo = product.Repo ?? (product.CollectionUrl is { } url && url.Contains("github.com", StringComparison.OrdinalIgnoreCase) ? url : null);
            var commits = git.Where(e => IsCommit(e.Version.Version) && (e.Version.LessThan ?? e.Version.LessThanOrEqual) is null or "*" || IsCommit(e.Version.LessThan ?? e.Version.LessThanOrEqual!)).ToList();
            left.AddRange(git.Except(commits).Select(e => new JsonDiagnostic(e.Pointer, "a git version that is not a full commit id (40 or 64 lower-case hex digits) has no OSV GIT range form")));
            if (repo is null && commits.Count > 0)
            {
                left.Add(new JsonDiagnostic(pointer, "git versions without a repository have no OSV form"));
            }
            else if (Events(commits, left, out _) is { Count: > 0 } gitEvents)
            {
                ranges.Add(new OsvRange(OsvRangeType.Git, "GIT", repo, gitEvents, null));
            }
        }

        var ecosystem = PackageCollections.EcosystemOf(product.CollectionUrl);
        if (ecosystem is null || product.PackageName is not { Length: > 0 } name || (ecosystem == "Maven" && !name.Contains(':', StringComparison.Ordinal)))
        {
            if (other.Count > 0 || ranges.Count == 0)
            {
                var what = product.PackageName is not null ? $"package '{product.PackageName}' from '{product.CollectionUrl}'" : $"'{product.Vendor} {product.Product}'";
                left.Add(new JsonDiagnostic(pointer, $"{what} names no package OSV knows (a registry of npm, PyPI, Go, crates.io, Maven group:artifact, NuGet, RubyGems, Packagist, Hex or Pub), so its versions are left out"));
            }

            if (ranges.Count > 0)
            {
                affected.Add(new OsvAffected(null, [], ranges, [], null, null));
            }

            return;
        }

        var events = Events(other, left, out var exact);
        if (events.Count > 0)
        {
            var semver = other.Any(e => string.Equals(e.Version.VersionType, "semver", StringComparison.OrdinalIgnoreCase));
            ranges.Add(new OsvRange(semver ? OsvRangeType.SemVer : OsvRangeType.Ecosystem, semver ? "SEMVER" : "ECOSYSTEM", null, events, null));
        }

        if (ranges.Count == 0 && exact.Count == 0)
        {
            left.Add(new JsonDiagnostic(pointer, "no affected versions"));
            return;
        }

        OsvEcosystems.TryToPurl(ecosystem, name, null, out var purl);
        affected.Add(new OsvAffected(new OsvPackage(ecosystem, name, purl?.ToString()), [], ranges, exact, null, null));
    }

    private static bool IsGit(CveVersion version) => string.Equals(version.VersionType, "git", StringComparison.OrdinalIgnoreCase);

    // OSV's schema wants full commit ids (SHA-1 or SHA-256, lower case); many CNAs (the Linux kernel's) write abbreviated ones.
    private static bool IsCommit(string text) => text == "0" || (text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower));

    // One OSV range per kind of version: each affected CVE version entry is a [version, lessThan) or
    // [version, lessThanOrEqual] interval, and a status change inside it ends it; OSV takes the union of the intervals.
    private static List<OsvEvent> Events(List<(CveVersion Version, string Pointer)> entries, List<JsonDiagnostic> left, out List<string> exact)
    {
        var events = new List<OsvEvent>();
        exact = [];
        foreach (var (v, at) in entries)
        {
            if (v.Status != CveVersionStatus.Affected)
            {
                if (v.Status == CveVersionStatus.Unaffected && (v.LessThan is not null || v.LessThanOrEqual is not null))
                {
                    left.Add(new JsonDiagnostic(at, "an unaffected range has no OSV form (OSV lists what is affected)"));
                }

                continue;
            }

            var end = v.LessThan ?? v.LessThanOrEqual;
            if (end is null)
            {
                if (v.Version is "*" or "")
                {
                    left.Add(new JsonDiagnostic(at, "'every version' has no OSV form without a range"));
                }
                else
                {
                    exact.Add(v.Version);
                }

                continue;
            }

            var start = v.Version is "*" or "" or "0" or "unspecified" or "n/a" ? "0" : v.Version;
            events.Add(new OsvEvent(OsvEventKind.Introduced, start));
            var fixedAt = v.Changes.FirstOrDefault(c => c.Status == CveVersionStatus.Unaffected)?.At;
            if (fixedAt is not null)
            {
                events.Add(new OsvEvent(OsvEventKind.Fixed, fixedAt));
            }
            else if (end == "*")
            {
                // Affected from start on, with no known end.
            }
            else if (v.LessThan is not null)
            {
                events.Add(new OsvEvent(OsvEventKind.Fixed, end));
            }
            else
            {
                events.Add(new OsvEvent(OsvEventKind.LastAffected, end));
            }
        }

        return events;
    }

    private static string? English(IReadOnlyList<CveText> texts) =>
        (texts.FirstOrDefault(t => t.Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? (texts.Count > 0 ? texts[0] : null))?.Value;

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    private static string ReferenceType(IReadOnlyList<string> tags)
    {
        foreach (var tag in tags)
        {
            switch (tag)
            {
                case "patch":
                    return "FIX";
                case "vendor-advisory" or "third-party-advisory" or "government-resource":
                    return "ADVISORY";
                case "exploit":
                    return "EVIDENCE";
                case "issue-tracking" or "mailing-list":
                    return "REPORT";
                case "product":
                    return "PACKAGE";
                case "related":
                    return "ARTICLE";
            }
        }

        return "WEB";
    }

    private static string? CreditType(string? type) => type switch
    {
        null => null,
        "remediation developer" => "REMEDIATION_DEVELOPER",
        "remediation reviewer" => "REMEDIATION_REVIEWER",
        "remediation verifier" => "REMEDIATION_VERIFIER",
        "finder" or "reporter" or "analyst" or "coordinator" or "tool" or "sponsor" or "other" => type.ToUpperInvariant(),
        _ => "OTHER",
    };

    private static JsonElement CweIds(List<string> cwes)
    {
        using var document = JsonDocument.Parse(JsonOutput.Text(w =>
        {
            w.WriteStartObject();
            JsonOutput.Strings(w, "cwe_ids", cwes);
            w.WriteEndObject();
        }));
        return document.RootElement.Clone();
    }
}
