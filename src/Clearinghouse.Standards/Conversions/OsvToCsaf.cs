using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Conversions;

/// <summary>
/// Converts an OSV record to a CSAF 2.0 security advisory (profile <c>csaf_security_advisory</c>). The product tree has
/// one product family per ecosystem and one product per package; each affected range becomes a
/// <c>product_version_range</c> leaf written in the vers notation (<c>vers:npm/&gt;=1.0.0|&lt;1.2.3</c>) and marked
/// known affected, each fixed version a <c>product_version</c> leaf marked fixed with a vendor-fix remediation.
/// </summary>
public static class OsvToCsaf
{
    /// <summary>
    /// Converts <paramref name="record"/> for <paramref name="publisher"/>. No value when the record has neither a
    /// modified nor a published date (a CSAF document must have release dates); otherwise the diagnostics, by JSON pointer
    /// into the OSV record, name what CSAF 2.0 cannot carry: CVSS v4.0 scores, CWE ids without their names, GIT ranges.
    /// </summary>
    public static JsonLoadResult<CsafAdvisory> Convert(OsvRecord record, CsafPublisher publisher, CsafTlpLabel tlp = CsafTlpLabel.White)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(publisher);
        if ((record.Modified ?? record.Published) is not { } current)
        {
            return new JsonLoadResult<CsafAdvisory>(null, [new JsonDiagnostic("/modified", "the record has no modified or published date, and a CSAF document needs its release dates")]);
        }

        var left = new List<JsonDiagnostic>();
        var tree = new ProductTreeBuilder();
        for (var i = 0; i < record.Affected.Count; i++)
        {
            tree.Add(record.Affected[i], $"/affected/{i}", left);
        }

        var released = CsafDateTime.From(current);
        var initial = record.Published is { } published ? CsafDateTime.From(published) : released;
        var cve = record.Id.StartsWith("CVE-", StringComparison.Ordinal) ? record.Id : record.Aliases.FirstOrDefault(a => a.StartsWith("CVE-", StringComparison.Ordinal));
        var ids = new List<CsafVulnerabilityId> { new() { SystemName = "OSV", Text = record.Id } };
        ids.AddRange(record.Aliases.Where(a => a != cve).Distinct(StringComparer.Ordinal).Select(a => new CsafVulnerabilityId { SystemName = SystemOf(a), Text = a }));
        var notes = new List<CsafNote>();
        if (record.Summary is { Length: > 0 } summary)
        {
            notes.Add(new CsafNote { Category = CsafNoteCategory.Summary, Text = summary });
        }

        notes.Add(new CsafNote { Category = CsafNoteCategory.Description, Text = record.Details is { Length: > 0 } d ? d : record.Summary ?? record.Id });
        if (record.Withdrawn is not null)
        {
            notes.Add(new CsafNote { Category = CsafNoteCategory.General, Title = "Withdrawn", Text = $"The OSV record was withdrawn on {OsvRecordWriter.FormatTimestamp(record.Withdrawn.Value)}." });
        }

        CweNotCarried(record, left);
        var vulnerability = new CsafVulnerability
        {
            Cve = cve,
            Ids = [.. ids],
            Notes = [.. notes],
            References = record.References.Count == 0 ? null : [.. record.References.DistinctBy(r => r.Url).Select(r => new CsafReference { Category = CsafReferenceCategory.External, Summary = r.Type, Url = r.Url })],
            ProductStatus = tree.Affected.Count + tree.Fixed.Count == 0 ? null : new CsafProductStatus
            {
                KnownAffected = tree.Affected.Count == 0 ? null : [.. tree.Affected],
                Fixed = tree.Fixed.Count == 0 ? null : [.. tree.Fixed],
            },
            Remediations = tree.Remediations.Count == 0 ? null : [.. tree.Remediations],
            Scores = Scores(record, tree.Affected, left),
        };
        var advisory = new CsafAdvisory
        {
            Document = new CsafDocument
            {
                Category = "csaf_security_advisory",
                CsafVersion = "2.0",
                Lang = "en",
                Title = record.Summary is { Length: > 0 } title ? title : record.Id,
                Publisher = publisher,
                Distribution = new CsafDistribution { Tlp = new CsafTlp { Label = tlp } },
                Tracking = new CsafTracking
                {
                    Id = record.Id,
                    Status = CsafDocumentStatus.Final,
                    Version = "1",
                    InitialReleaseDate = initial,
                    CurrentReleaseDate = released,
                    RevisionHistory = [new CsafRevision { Date = released, Number = "1", Summary = $"Converted from OSV record {record.Id}." }],
                },
            },
            ProductTree = tree.Branches is { Count: > 0 } branches ? new CsafProductTree { Branches = [.. branches] } : null,
            Vulnerabilities = [vulnerability],
        };
        return new JsonLoadResult<CsafAdvisory>(advisory, left);
    }

    private static string SystemOf(string alias) =>
        alias.StartsWith("GHSA-", StringComparison.Ordinal) ? "GitHub Security Advisory"
        : alias.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 ? alias[..dash]
        : "alias";

    private static void CweNotCarried(OsvRecord record, List<JsonDiagnostic> left)
    {
        if (record.DatabaseSpecific is { ValueKind: JsonValueKind.Object } specific
            && specific.TryGetProperty("cwe_ids", out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0)
        {
            left.Add(new JsonDiagnostic("/database_specific/cwe_ids", "CSAF 2.0 names a CWE with its title, which the OSV record does not give; left out"));
        }
    }

    private static CsafList<CsafScore>? Scores(OsvRecord record, List<string> affected, List<JsonDiagnostic> left)
    {
        if (affected.Count == 0)
        {
            return null;
        }

        CsafCvss? v3 = null;
        CsafCvss? v2 = null;
        for (var i = 0; i < record.Severity.Count; i++)
        {
            var severity = record.Severity[i];
            if (!severity.Type.StartsWith("CVSS_", StringComparison.Ordinal) || !CvssVector.TryParse(severity.Score, out var vector, out _))
            {
                left.Add(new JsonDiagnostic($"/severity/{i}", $"severity {severity.Type} '{severity.Score}' is not a CVSS vector CSAF can carry"));
                continue;
            }

            switch (vector.Version)
            {
                case CvssVersion.V40:
                    left.Add(new JsonDiagnostic($"/severity/{i}", "CSAF 2.0 carries CVSS v2.0, v3.0 and v3.1 only; the v4.0 vector is left out"));
                    break;
                case CvssVersion.V20:
                    v2 ??= CsafCvss.From(vector);
                    break;
                default:
                    v3 ??= CsafCvss.From(vector);
                    break;
            }
        }

        return v3 is null && v2 is null ? null : [new CsafScore { Products = [.. affected], CvssV3 = v3, CvssV2 = v2 }];
    }

    private sealed class ProductTreeBuilder
    {
        private readonly List<(string Ecosystem, List<CsafBranch> Packages)> families = [];
        private int next;

        public List<CsafBranch> Branches =>
            [.. families.Select(f => new CsafBranch { Category = CsafBranchCategory.ProductFamily, Name = f.Ecosystem, Branches = [.. f.Packages] })];

        public List<string> Affected { get; } = [];

        public List<string> Fixed { get; } = [];

        public List<CsafRemediation> Remediations { get; } = [];

        public void Add(OsvAffected affected, string pointer, List<JsonDiagnostic> left)
        {
            if (affected.Package is not { } package)
            {
                left.Add(new JsonDiagnostic(pointer, "an entry without a package (GIT ranges only) names no product CSAF can list"));
                return;
            }

            OsvEcosystems.TryToPurl(package.Ecosystem, package.Name, null, out var purl);
            var scheme = purl?.Type ?? "generic";
            var leaves = new List<CsafBranch>();
            for (var r = 0; r < affected.Ranges.Count; r++)
            {
                var range = affected.Ranges[r];
                if (range.Type == OsvRangeType.Git)
                {
                    left.Add(new JsonDiagnostic($"{pointer}/ranges/{r}", "a GIT range (commits) has no CSAF product version form"));
                    continue;
                }

                foreach (var (start, end, inclusive) in Intervals(range))
                {
                    var rangeId = Id();
                    leaves.Add(Leaf(CsafBranchCategory.ProductVersionRange, Vers(scheme, start, end, inclusive), rangeId, package, purl, null));
                    Affected.Add(rangeId);
                    if (end is not null && !inclusive)
                    {
                        var fixedId = Id();
                        leaves.Add(Leaf(CsafBranchCategory.ProductVersion, end, fixedId, package, purl, end));
                        Fixed.Add(fixedId);
                        Remediations.Add(new CsafRemediation
                        {
                            Category = CsafRemediationCategory.VendorFix,
                            Details = $"Upgrade {package.Name} to {end} or later.",
                            ProductIds = [rangeId],
                        });
                    }
                }
            }

            if (affected.Ranges.All(r => r.Type == OsvRangeType.Git))
            {
                foreach (var version in affected.Versions)
                {
                    var id = Id();
                    leaves.Add(Leaf(CsafBranchCategory.ProductVersion, version, id, package, purl, version));
                    Affected.Add(id);
                }
            }

            if (leaves.Count == 0)
            {
                return;
            }

            var family = families.FindIndex(f => f.Ecosystem == package.Ecosystem);
            if (family < 0)
            {
                families.Add((package.Ecosystem, []));
                family = families.Count - 1;
            }

            families[family].Packages.Add(new CsafBranch { Category = CsafBranchCategory.ProductName, Name = package.Name, Branches = [.. leaves] });
        }

        private static IEnumerable<(string Start, string? End, bool Inclusive)> Intervals(OsvRange range)
        {
            string? open = null;
            foreach (var e in range.Events)
            {
                switch (e.Kind)
                {
                    case OsvEventKind.Introduced:
                        if (open is not null)
                        {
                            yield return (open, null, false);
                        }

                        open = e.Version;
                        break;
                    case OsvEventKind.Fixed when open is not null:
                        yield return (open, e.Version, false);
                        open = null;
                        break;
                    case OsvEventKind.LastAffected when open is not null:
                        yield return (open, e.Version, true);
                        open = null;
                        break;
                }
            }

            if (open is not null)
            {
                yield return (open, null, false);
            }
        }

        // vers: "vers:<scheme>/<constraint>|<constraint>"; from the first version, OSV's "0", is no lower bound.
        private static string Vers(string scheme, string start, string? end, bool inclusive)
        {
            var constraints = new List<string>();
            if (start != "0")
            {
                constraints.Add(">=" + start);
            }

            if (end is not null)
            {
                constraints.Add((inclusive ? "<=" : "<") + end);
            }

            return $"vers:{scheme}/{(constraints.Count == 0 ? "*" : string.Join('|', constraints))}";
        }

        private static CsafBranch Leaf(CsafBranchCategory category, string name, string id, OsvPackage package, Purl.PackageUrl? purl, string? version)
        {
            var versioned = version is not null && purl is not null && OsvEcosystems.TryToPurl(package.Ecosystem, package.Name, version, out var p) ? p : purl;
            return new CsafBranch
            {
                Category = category,
                Name = name,
                Product = new CsafFullProductName
                {
                    Name = $"{package.Name} {name}",
                    ProductId = id,
                    ProductIdentificationHelper = versioned is null ? null : new CsafProductIdentificationHelper { Purl = versioned.ToString() },
                },
            };
        }

        private string Id() => "CSAFPID-" + (++next).ToString("D4", CultureInfo.InvariantCulture);
    }
}
