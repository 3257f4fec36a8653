using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Conversions;

/// <summary>
/// Converts an OSV record to a CVE JSON 5 record for a CNA to review and submit. A CVE record needs a CVE id: the OSV
/// record's own id or one of its aliases. Each OSV package becomes an affected product named by its registry
/// (<c>collectionURL</c> and <c>packageName</c>), each introduced/fixed pair a version range, each GIT range a range
/// on the product's repository.
/// </summary>
public static class OsvToCve
{
    /// <summary>The nil UUID, written as the assigner when none is given: the record is a draft until a CNA assigns it.</summary>
    public const string UnassignedOrgId = "00000000-0000-0000-0000-000000000000";

    /// <summary>
    /// Converts <paramref name="record"/>, naming <paramref name="assignerOrgId"/> (a CNA's UUID) as assigner and CNA.
    /// No value when the record has no CVE id; otherwise the diagnostics, by JSON pointer into the OSV record, name
    /// what CVE JSON 5 cannot carry (limit events).
    /// </summary>
    public static JsonLoadResult<CveRecord> Convert(OsvRecord record, string assignerOrgId = UnassignedOrgId, string? assignerShortName = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(assignerOrgId);
        var cveId = record.Id.StartsWith("CVE-", StringComparison.Ordinal) ? record.Id : record.Aliases.FirstOrDefault(a => a.StartsWith("CVE-", StringComparison.Ordinal));
        if (cveId is null)
        {
            return new JsonLoadResult<CveRecord>(null, [new JsonDiagnostic("/id", $"{record.Id} has no CVE id, neither as its id nor among its aliases; a CVE record needs one")]);
        }

        var left = new List<JsonDiagnostic>();
        var products = new List<CveProduct>();
        for (var i = 0; i < record.Affected.Count; i++)
        {
            if (Product(record.Affected[i], $"/affected/{i}", left) is { } product)
            {
                products.Add(product);
            }
        }

        var modified = record.Modified is { } m ? OsvRecordWriter.FormatTimestamp(m) : null;
        var published = record.Published is { } p ? OsvRecordWriter.FormatTimestamp(p) : null;
        var provider = new CveProviderMetadata(assignerOrgId, assignerShortName, modified);
        var description = new CveText("en", record.Details ?? record.Summary ?? record.Id, []);
        var rejected = record.Withdrawn is not null;
        var cna = new CveContainer(
            provider,
            rejected ? null : record.Summary,
            null,
            published,
            rejected ? [] : [description],
            rejected ? [] : products,
            rejected ? [] : ProblemTypes(record),
            rejected ? [] : [.. record.References.DistinctBy(r => r.Url).Select(r => new CveReference(r.Url, null, ReferenceTags(r.Type)))],
            rejected ? [] : Metrics(record, left),
            [],
            rejected ? [] : [.. record.Credits.Select(c => new CveCredit("en", c.Name, null, CreditType(c.Type)))],
            [],
            rejected ? [description] : [],
            [],
            new Dictionary<string, string>());
        var metadata = new CveMetadata(
            cveId,
            assignerOrgId,
            assignerShortName,
            null,
            null,
            rejected ? CveRecordState.Rejected : CveRecordState.Published,
            null,
            published,
            modified,
            record.Withdrawn is { } w ? OsvRecordWriter.FormatTimestamp(w) : null);
        return new JsonLoadResult<CveRecord>(new CveRecord(CveRecord.WrittenDataVersion, metadata, cna, []), left);
    }

    private static CveProduct? Product(OsvAffected affected, string pointer, List<JsonDiagnostic> left)
    {
        var versions = new List<CveVersion>();
        string? repo = null;
        for (var r = 0; r < affected.Ranges.Count; r++)
        {
            var range = affected.Ranges[r];
            var versionType = range.Type switch
            {
                OsvRangeType.Git => "git",
                OsvRangeType.SemVer => "semver",
                _ => affected.Package is { } package && PackageCollections.Of(package.Ecosystem) is { } c ? c.VersionType : "custom",
            };
            if (range.Type == OsvRangeType.Git)
            {
                repo ??= range.Repo;
            }

            string? open = null;
            for (var e = 0; e < range.Events.Count; e++)
            {
                var ev = range.Events[e];
                switch (ev.Kind)
                {
                    case OsvEventKind.Introduced:
                        if (open is not null)
                        {
                            versions.Add(new CveVersion(open, CveVersionStatus.Affected, "*", null, versionType, []));
                        }

                        open = ev.Version;
                        break;
                    case OsvEventKind.Fixed when open is not null:
                        versions.Add(new CveVersion(open, CveVersionStatus.Affected, ev.Version, null, versionType, []));
                        open = null;
                        break;
                    case OsvEventKind.LastAffected when open is not null:
                        versions.Add(new CveVersion(open, CveVersionStatus.Affected, null, ev.Version, versionType, []));
                        open = null;
                        break;
                    default:
                        left.Add(new JsonDiagnostic($"{pointer}/ranges/{r}/events/{e}", ev.Kind == OsvEventKind.Limit
                            ? "a limit event has no CVE JSON 5 form"
                            : "an end event without an introduced event before it has no CVE JSON 5 form"));
                        break;
                }
            }

            if (open is not null)
            {
                versions.Add(new CveVersion(open, CveVersionStatus.Affected, "*", null, versionType, []));
            }
        }

        var exactType = affected.Package is { } pkg && PackageCollections.Of(pkg.Ecosystem) is { } coll ? coll.VersionType : "custom";
        versions.AddRange(affected.Versions.Select(v => new CveVersion(v, CveVersionStatus.Affected, null, null, exactType, [])));
        if (affected.Package is { } p)
        {
            var collection = PackageCollections.Of(p.Ecosystem);
            return new CveProduct(
                collection is null ? p.Ecosystem : null,
                p.Name,
                collection?.CollectionUrl,
                collection is null ? null : p.Name,
                repo,
                [],
                [],
                [],
                [],
                [],
                CveVersionStatus.Unaffected,
                versions,
                new Dictionary<string, string>());
        }

        if (repo is null)
        {
            left.Add(new JsonDiagnostic(pointer, "an entry with neither a package nor a GIT range names no product"));
            return null;
        }

        var name = repo.TrimEnd('/').Split('/')[^1];
        return new CveProduct(null, name, repo, name, repo, [], [], [], [], [], CveVersionStatus.Unaffected, versions, new Dictionary<string, string>());
    }

    private static List<CveProblemType> ProblemTypes(OsvRecord record) =>
        [.. OsvRecord.CweIds(record.DatabaseSpecific).Distinct(StringComparer.Ordinal).Select(c => new CveProblemType(0, "en", c, c, "CWE", []))];

    private static List<CveMetric> Metrics(OsvRecord record, List<JsonDiagnostic> left)
    {
        var metrics = new List<CveMetric>();
        var all = record.Severity.Select((s, i) => (s, $"/severity/{i}"))
            .Concat(record.Affected.SelectMany((a, ai) => a.Severity.Select((s, i) => (s, $"/affected/{ai}/severity/{i}"))));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (severity, pointer) in all)
        {
            if (!severity.Type.StartsWith("CVSS_", StringComparison.Ordinal))
            {
                left.Add(new JsonDiagnostic(pointer, $"severity of type {severity.Type} has no CVE JSON 5 metric"));
                continue;
            }

            if (!CvssVector.TryParse(severity.Score, out var vector, out var error))
            {
                left.Add(new JsonDiagnostic(pointer + "/score", $"not a CVSS vector: {error}"));
                continue;
            }

            if (!seen.Add(vector.ToString()))
            {
                continue;
            }

            var member = vector.Version switch
            {
                CvssVersion.V20 => "cvssV2_0",
                CvssVersion.V30 => "cvssV3_0",
                CvssVersion.V31 => "cvssV3_1",
                _ => "cvssV4_0",
            };
            var json = JsonOutput.Text(vector.WriteJson);
            var score = new decimal(vector.Score.Tenths, 0, 0, false, 1);
            metrics.Add(new CveMetric(null, [], [new CveCvssMetric(member, vector.ToString(), score, CvssJson.SeverityName(vector.Severity), vector, json)], null, null));
        }

        return metrics;
    }

    private static List<string> ReferenceTags(string type) => type switch
    {
        "FIX" => ["patch"],
        "ADVISORY" => ["vendor-advisory"],
        "EVIDENCE" => ["exploit"],
        "REPORT" => ["issue-tracking"],
        "PACKAGE" => ["product"],
        "ARTICLE" => ["related"],
        _ => [],
    };

    private static string? CreditType(string? type) => type switch
    {
        null => null,
        "REMEDIATION_DEVELOPER" => "remediation developer",
        "REMEDIATION_REVIEWER" => "remediation reviewer",
        "REMEDIATION_VERIFIER" => "remediation verifier",
        "FINDER" or "REPORTER" or "ANALYST" or "COORDINATOR" or "TOOL" or "SPONSOR" => type.ToLowerInvariant(),
        _ => "other",
    };
}
