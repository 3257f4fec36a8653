using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// Some of the mandatory tests of CSAF 2.0 §6.1, on a parsed advisory: 6.1.1 to 6.1.9 (product and group ids defined,
/// defined once and not circular; product statuses that do not contradict; one score per CVSS version and product;
/// CVSS objects that are valid and whose scores and severities match their vectors), 6.1.23 (a CVE used once), 6.1.27.1
/// to 6.1.27.11 (what each profile requires, including the VEX impact and action statements), 6.1.29 and 6.1.32
/// (remediations and flags name products) and 6.1.33 (one VEX justification per product and vulnerability). Each diagnostic's reason starts with
/// the test's number (<c>6.1.1 </c>) and points at the offending value. A document that fails any of them is not a valid
/// CSAF document, even though <see cref="CsafReader"/> reads it.
/// </summary>
public static partial class CsafMandatoryTests
{
    private static readonly (string Name, Func<CsafProductStatus, CsafList<string>?> Get, string Group)[] Statuses =
    [
        ("first_affected", s => s.FirstAffected, "affected"),
        ("known_affected", s => s.KnownAffected, "affected"),
        ("last_affected", s => s.LastAffected, "affected"),
        ("known_not_affected", s => s.KnownNotAffected, "not affected"),
        ("first_fixed", s => s.FirstFixed, "fixed"),
        ("fixed", s => s.Fixed, "fixed"),
        ("under_investigation", s => s.UnderInvestigation, "under investigation"),
        ("recommended", s => s.Recommended, ""),
    ];

    /// <summary>Every failure of the tests above; empty when the advisory passes them all.</summary>
    public static IReadOnlyList<JsonDiagnostic> Run(CsafAdvisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var found = new List<JsonDiagnostic>();
        var tree = advisory.ProductTree;

        var products = new Dictionary<string, string>(StringComparer.Ordinal);
        void Define(CsafFullProductName? product, string pointer)
        {
            if (product is not null && !products.TryAdd(product.ProductId, pointer))
            {
                found.Add(new(pointer + "/product_id", $"6.1.2 product id '{product.ProductId}' is already defined at {products[product.ProductId]}"));
            }
        }

        void DefineBranches(CsafList<CsafBranch>? branches, string pointer)
        {
            for (var i = 0; branches is not null && i < branches.Count; i++)
            {
                Define(branches[i].Product, JsonInput.Pointer(pointer, i) + "/product");
                DefineBranches(branches[i].Branches, JsonInput.Pointer(pointer, i) + "/branches");
            }
        }

        DefineBranches(tree?.Branches, "/product_tree/branches");
        Each(tree?.FullProductNames, "/product_tree/full_product_names", (p, at) => Define(p, at));
        Each(tree?.Relationships, "/product_tree/relationships", (r, at) => Define(r.FullProductName, at + "/full_product_name"));

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        Each(tree?.ProductGroups, "/product_tree/product_groups", (g, at) =>
        {
            if (!groups.TryAdd(g.GroupId, at))
            {
                found.Add(new(at + "/group_id", $"6.1.5 product group id '{g.GroupId}' is already defined at {groups[g.GroupId]}"));
            }
        });

        void Product(string id, string pointer)
        {
            if (!products.ContainsKey(id))
            {
                found.Add(new(pointer, $"6.1.1 product id '{id}' is not defined in the product tree"));
            }
        }

        void ProductList(CsafList<string>? ids, string pointer) => Each(ids, pointer, Product);

        void GroupList(CsafList<string>? ids, string pointer) => Each(ids, pointer, (id, at) =>
        {
            if (!groups.ContainsKey(id))
            {
                found.Add(new(at, $"6.1.4 product group id '{id}' is not defined in the product tree"));
            }
        });

        Each(tree?.ProductGroups, "/product_tree/product_groups", (g, at) => ProductList(g.ProductIds, at + "/product_ids"));
        Each(tree?.Relationships, "/product_tree/relationships", (r, at) =>
        {
            Product(r.ProductReference, at + "/product_reference");
            Product(r.RelatesToProductReference, at + "/relates_to_product_reference");
            var id = r.FullProductName.ProductId;
            if (id == r.ProductReference || id == r.RelatesToProductReference)
            {
                found.Add(new(at + "/full_product_name/product_id", $"6.1.3 product id '{id}' is defined by a relationship that refers to itself"));
            }
        });

        var members = new Dictionary<string, CsafList<string>>(StringComparer.Ordinal);
        foreach (var group in tree?.ProductGroups ?? [])
        {
            members.TryAdd(group.GroupId, group.ProductIds);
        }

        var cves = new Dictionary<string, string>(StringComparer.Ordinal);
        Each(advisory.Vulnerabilities, "/vulnerabilities", (v, at) =>
        {
            Vulnerability(v, at, found, ProductList, GroupList);
            if (v.Cve is { } cve && !cves.TryAdd(cve, at))
            {
                found.Add(new(at + "/cve", $"6.1.23 {cve} is already used by {cves[cve]}"));
            }

            // 6.1.33: a product has at most one VEX justification per vulnerability.
            var justified = new HashSet<string>(StringComparer.Ordinal);
            Each(v.Flags, at + "/flags", (f, p) =>
            {
                if (Expand([(f.ProductIds, f.GroupIds)], members).Any(id => !justified.Add(id)))
                {
                    found.Add(new(p, "6.1.33 a product already has a flag for this vulnerability"));
                }
            });
        });
        CsafProfileTests.Run(advisory, members, found);
        return found;
    }

    private static void Vulnerability(
        CsafVulnerability vulnerability,
        string at,
        List<JsonDiagnostic> found,
        Action<CsafList<string>?, string> productList,
        Action<CsafList<string>?, string> groupList)
    {
        if (vulnerability.ProductStatus is { } status)
        {
            var groupOf = new Dictionary<string, (string Group, string Status)>(StringComparer.Ordinal);
            foreach (var (name, get, group) in Statuses)
            {
                var pointer = at + "/product_status/" + name;
                productList(get(status), pointer);
                Each(get(status), pointer, (id, item) =>
                {
                    if (group.Length == 0)
                    {
                        return;
                    }

                    if (groupOf.TryGetValue(id, out var earlier) && earlier.Group != group)
                    {
                        found.Add(new(item, $"6.1.6 product id '{id}' is {group} here but {earlier.Group} in {earlier.Status}"));
                    }
                    else
                    {
                        groupOf.TryAdd(id, (group, name));
                    }
                });
            }
        }

        Each(vulnerability.Flags, at + "/flags", (f, p) =>
        {
            productList(f.ProductIds, p + "/product_ids");
            groupList(f.GroupIds, p + "/group_ids");
            if (f.ProductIds is null && f.GroupIds is null)
            {
                found.Add(new(p, "6.1.32 a flag needs product_ids or group_ids"));
            }
        });
        Each(vulnerability.Remediations, at + "/remediations", (r, p) =>
        {
            productList(r.ProductIds, p + "/product_ids");
            groupList(r.GroupIds, p + "/group_ids");
            if (r.ProductIds is null && r.GroupIds is null)
            {
                found.Add(new(p, "6.1.29 a remediation needs product_ids or group_ids"));
            }
        });
        Each(vulnerability.Threats, at + "/threats", (t, p) => { productList(t.ProductIds, p + "/product_ids"); groupList(t.GroupIds, p + "/group_ids"); });

        var scored = new Dictionary<(string Product, string Version), string>();
        Each(vulnerability.Scores, at + "/scores", (s, p) =>
        {
            productList(s.Products, p + "/products");
            foreach (var (cvss, member) in new[] { (s.CvssV2, "cvss_v2"), (s.CvssV3, "cvss_v3") })
            {
                if (cvss is null)
                {
                    continue;
                }

                Cvss(cvss, member, p + "/" + member, found);
                Each(s.Products, p + "/products", (id, item) =>
                {
                    if (!scored.TryAdd((id, cvss.Version ?? member), item))
                    {
                        found.Add(new(item, $"6.1.7 product id '{id}' already has a CVSS {cvss.Version ?? member} score at {scored[(id, cvss.Version ?? member)]}"));
                    }
                });
            }
        });
    }

    private static void Cvss(CsafCvss cvss, string member, string at, List<JsonDiagnostic> found)
    {
        if (cvss.Version is null || cvss.VectorString is null || cvss.BaseScore is null)
        {
            found.Add(new(at, "6.1.8 a CVSS object needs version, vectorString and baseScore"));
            return;
        }

        var expectedVersions = member == "cvss_v2" ? new[] { "2.0" } : ["3.0", "3.1"];
        if (!expectedVersions.Contains(cvss.Version))
        {
            found.Add(new(at + "/version", $"6.1.8 {member} has version '{cvss.Version}', expected {string.Join(" or ", expectedVersions)}"));
            return;
        }

        if (cvss.Version != "2.0" && cvss.BaseSeverity is null)
        {
            found.Add(new(at, $"6.1.8 a CVSS {cvss.Version} object needs baseSeverity"));
        }

        var text = cvss.VectorString;
        var prefixOk = cvss.Version == "2.0" ? !text.StartsWith("CVSS:", StringComparison.Ordinal) : text.StartsWith("CVSS:" + cvss.Version + "/", StringComparison.Ordinal);
        if (!prefixOk)
        {
            found.Add(new(at + "/vectorString", $"6.1.8 '{text}' is not a CVSS {cvss.Version} vector"));
            return;
        }

        if (cvss.Version == "2.0")
        {
            V2(cvss, text, at, found);
            return;
        }

        if (!CvssVector.TryParse(text, out var vector, out var error))
        {
            found.Add(new(at + "/vectorString", $"6.1.8 '{text}' is not a valid CVSS {cvss.Version} vector: {error}"));
            return;
        }

        var (baseScore, temporal, environmental) = vector.Version switch
        {
            CvssVersion.V31 => Scores(CvssV31Vector.Parse(text)),
            CvssVersion.V30 => Scores(CvssV30Vector.Parse(text)),
            _ => Scores(CvssV30Vector.Parse(text)),
        };
        Compare(at + "/baseScore", cvss.BaseScore.Value.ToString(CultureInfo.InvariantCulture), baseScore, found);
        if (cvss.BaseSeverity is { } severity && cvss.Version != "2.0" && severity != SeverityName(baseScore.Severity))
        {
            found.Add(new(at + "/baseSeverity", $"6.1.9 baseSeverity is {severity} but the vector's base score {baseScore} is {SeverityName(baseScore.Severity)}"));
        }

        foreach (var (name, score) in new[] { ("temporalScore", temporal), ("environmentalScore", environmental) })
        {
            if (score is { } computed && cvss.Extensions?.TryGetValue(name, out var given) == true && given.ValueKind == JsonValueKind.Number)
            {
                Compare(at + "/" + name, given.GetRawText(), computed, found);
            }
        }
    }

    // FIRST's v2.0 schema allows any temporal and environmental metrics after the base ones; CvssV20Vector reads base
    // vectors only, so the schema's pattern decides 6.1.8 and the base metrics alone give the base score for 6.1.9.
    private static void V2(CsafCvss cvss, string text, string at, List<JsonDiagnostic> found)
    {
        if (!V2Pattern().IsMatch(text))
        {
            found.Add(new(at + "/vectorString", $"6.1.8 '{text}' is not a CVSS 2.0 vector"));
            return;
        }

        var basePart = string.Join('/', text.Split('/').Where(m => m.Split(':')[0] is "AV" or "AC" or "Au" or "C" or "I" or "A"));
        if (CvssV20Vector.TryParse(basePart, out var vector, out _))
        {
            Compare(at + "/baseScore", cvss.BaseScore!.Value.ToString(CultureInfo.InvariantCulture), vector.BaseScore, found);
        }
    }

    [GeneratedRegex(@"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$", RegexOptions.CultureInvariant)]
    private static partial Regex V2Pattern();

    private static (CvssScore Base, CvssScore? Temporal, CvssScore? Environmental) Scores(CvssV31Vector v) => (v.BaseScore, v.TemporalScore, v.EnvironmentalScore);

    private static (CvssScore Base, CvssScore? Temporal, CvssScore? Environmental) Scores(CvssV30Vector v) => (v.BaseScore, v.TemporalScore, v.EnvironmentalScore);

    private static void Compare(string at, string given, CvssScore computed, List<JsonDiagnostic> found)
    {
        if (!decimal.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value * 10 != computed.Tenths)
        {
            found.Add(new(at, $"6.1.9 the score is {given} but the vector gives {computed}"));
        }
    }

    private static string SeverityName(CvssSeverity severity) => severity switch
    {
        CvssSeverity.None => "NONE",
        CvssSeverity.Low => "LOW",
        CvssSeverity.Medium => "MEDIUM",
        CvssSeverity.High => "HIGH",
        _ => "CRITICAL",
    };

    /// <summary>The products named directly or through a group by any of <paramref name="references"/>.</summary>
    internal static HashSet<string> Expand(IEnumerable<(CsafList<string>? ProductIds, CsafList<string>? GroupIds)> references, IReadOnlyDictionary<string, CsafList<string>> groups)
    {
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ids, groupIds) in references)
        {
            products.UnionWith(ids ?? []);
            foreach (var group in groupIds ?? [])
            {
                products.UnionWith(groups.TryGetValue(group, out var members) ? members : []);
            }
        }

        return products;
    }

    private static void Each<T>(CsafList<T>? items, string pointer, Action<T, string> visit)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            visit(items[i], JsonInput.Pointer(pointer, i));
        }
    }
}
