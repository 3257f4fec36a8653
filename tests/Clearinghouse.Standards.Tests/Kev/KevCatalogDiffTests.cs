using System.Text;
using System.Text.Json.Nodes;
using Clearinghouse.Standards.Kev;

namespace Clearinghouse.Standards.Tests.Kev;

public sealed class KevCatalogDiffTests
{
    /// <summary>The real catalog document, edited: the shape of a next day's feed.</summary>
    private static KevCatalog Edited(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(RealKev.JsonPath))!.AsObject();
        edit(document);
        var result = KevCatalog.Load(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog;
    }

    private static JsonArray Vulnerabilities(JsonObject document) => document["vulnerabilities"]!.AsArray();

    private static JsonObject Find(JsonObject document, string cve) =>
        Vulnerabilities(document).Select(v => v!.AsObject()).Single(v => (string)v["cveID"]! == cve);

    [Fact]
    public void The_same_catalog_twice_has_no_changes()
    {
        var diff = KevCatalogDiff.Between(RealKev.Load(), RealKev.Load());

        Assert.True(diff.IsEmpty);
        Assert.Equal("2025.08.25 -> 2025.08.25: 0 added, 0 changed, 0 removed", diff.ToString());
    }

    [Fact]
    public void A_new_feed_reports_added_changed_and_removed_entries()
    {
        var previous = RealKev.Load();
        var current = Edited(document =>
        {
            document["catalogVersion"] = "2025.08.26";
            var added = Find(document, "CVE-2025-48384").DeepClone().AsObject();
            added["cveID"] = "CVE-2025-99999";
            added["dateAdded"] = "2025-08-26";
            Vulnerabilities(document).Insert(0, added);
            var changed = Find(document, "CVE-2024-8068");
            changed["knownRansomwareCampaignUse"] = "Known";
            changed["dueDate"] = "2025-09-01";
            changed["cwes"]!.AsArray().Add("CWE-20");
            Vulnerabilities(document).Remove(Find(document, "CVE-2020-0601"));
        });

        var diff = KevCatalogDiff.Between(previous, current);

        Assert.Equal("CVE-2025-99999", Assert.Single(diff.Added).CveId);
        Assert.Equal("CVE-2020-0601", Assert.Single(diff.Removed).CveId);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("CVE-2024-8068: dueDate, knownRansomwareCampaignUse, cwes", change.ToString());
        Assert.Equal(new DateOnly(2025, 9, 15), change.Previous.DueDate);
        Assert.Equal(new DateOnly(2025, 9, 1), change.Current.DueDate);
        Assert.Equal("2025.08.25 -> 2025.08.26: 1 added, 1 changed, 1 removed", diff.ToString());
    }

    [Fact]
    public void Entries_are_matched_by_CVE_id_whatever_their_order()
    {
        var reversed = Edited(document =>
        {
            var entries = Vulnerabilities(document).Select(v => v!.DeepClone()).Reverse().ToArray();
            document["vulnerabilities"] = new JsonArray(entries);
        });

        Assert.True(KevCatalogDiff.Between(RealKev.Load(), reversed).IsEmpty);
    }
}
