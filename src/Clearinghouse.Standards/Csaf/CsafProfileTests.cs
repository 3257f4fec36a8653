using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// CSAF 2.0 §6.1.27: what each profile (document category) requires, among them the VEX rules that a not affected
/// product has an impact statement and an affected one an action statement.
/// </summary>
internal static class CsafProfileTests
{
    private const string InformationalAdvisory = "csaf_informational_advisory";
    private const string IncidentResponse = "csaf_security_incident_response";
    private const string SecurityAdvisory = "csaf_security_advisory";
    private const string Vex = "csaf_vex";

    public static void Run(CsafAdvisory advisory, IReadOnlyDictionary<string, CsafList<string>> groups, List<JsonDiagnostic> found)
    {
        var category = advisory.Document.Category;
        var vulnerabilities = advisory.Vulnerabilities ?? [];
        if (category is InformationalAdvisory or IncidentResponse)
        {
            if (!(advisory.Document.Notes ?? []).Any(n => n.Category is CsafNoteCategory.Description or CsafNoteCategory.Details or CsafNoteCategory.General or CsafNoteCategory.Summary))
            {
                found.Add(new("/document/notes", "6.1.27.1 the profile needs a document note of category description, details, general or summary"));
            }

            // A reference without a category is external (CSAF 2.0 §3.1.8.1).
            if (!(advisory.Document.References ?? []).Any(r => r.Category is null or CsafReferenceCategory.External))
            {
                found.Add(new("/document/references", "6.1.27.2 the profile needs an external document reference"));
            }
        }

        if (category is InformationalAdvisory && advisory.Vulnerabilities is not null)
        {
            found.Add(new("/vulnerabilities", "6.1.27.3 an informational advisory has no vulnerabilities"));
        }

        if (category is SecurityAdvisory or Vex && advisory.ProductTree is null)
        {
            found.Add(new("/product_tree", "6.1.27.4 the profile needs a product tree"));
        }

        if (category is SecurityAdvisory && advisory.Vulnerabilities is null)
        {
            found.Add(new("/vulnerabilities", "6.1.27.11 a security advisory needs vulnerabilities"));
        }

        for (var i = 0; i < vulnerabilities.Count; i++)
        {
            var v = vulnerabilities[i];
            var at = JsonInput.Pointer("/vulnerabilities", i);
            if (category is SecurityAdvisory or Vex && v.Notes is null)
            {
                found.Add(new(at, "6.1.27.5 the profile needs notes on every vulnerability"));
            }

            if (category is SecurityAdvisory && v.ProductStatus is null)
            {
                found.Add(new(at, "6.1.27.6 the profile needs a product status on every vulnerability"));
            }

            if (category is not Vex)
            {
                continue;
            }

            var status = v.ProductStatus;
            if (status is null || (status.Fixed ?? status.KnownAffected ?? status.KnownNotAffected ?? status.UnderInvestigation) is null)
            {
                found.Add(new(at + (status is null ? "" : "/product_status"), "6.1.27.7 a VEX vulnerability needs fixed, known_affected, known_not_affected or under_investigation"));
            }

            if (v.Cve is null && v.Ids is null)
            {
                found.Add(new(at, "6.1.27.8 a VEX vulnerability needs a cve or ids"));
            }

            var impact = (v.Threats ?? []).Where(t => t.Category == CsafThreatCategory.Impact).Select(t => (t.ProductIds, t.GroupIds))
                .Concat((v.Flags ?? []).Select(f => (f.ProductIds, f.GroupIds)));
            Statements(status?.KnownNotAffected, at + "/product_status/known_not_affected", impact, groups, found, "6.1.27.9 a known not affected product needs an impact statement (a flag or an impact threat)");
            var action = (v.Remediations ?? []).Select(r => (r.ProductIds, r.GroupIds));
            Statements(status?.KnownAffected, at + "/product_status/known_affected", action, groups, found, "6.1.27.10 a known affected product needs an action statement (a remediation)");
        }
    }

    private static void Statements(
        CsafList<string>? products,
        string at,
        IEnumerable<(CsafList<string>? ProductIds, CsafList<string>? GroupIds)> statements,
        IReadOnlyDictionary<string, CsafList<string>> groups,
        List<JsonDiagnostic> found,
        string reason)
    {
        var covered = CsafMandatoryTests.Expand(statements, groups);
        for (var i = 0; products is not null && i < products.Count; i++)
        {
            if (!covered.Contains(products[i]))
            {
                found.Add(new(JsonInput.Pointer(at, i), reason + $": '{products[i]}'"));
            }
        }
    }
}
