using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Clearinghouse.Standards.Kev;

namespace Clearinghouse.Standards.Tests.Kev;

public sealed class KevCatalogTests
{
    private static KevLoadResult LoadText(string json) => KevCatalog.Load(Encoding.UTF8.GetBytes(json));

    private const string Entry = """
        { "cveID": "CVE-2024-0001", "vendorProject": "Acme", "product": "Widget", "vulnerabilityName": "Acme Widget Flaw",
          "dateAdded": "2024-05-01", "shortDescription": "A flaw.", "requiredAction": "Apply updates per vendor instructions.",
          "dueDate": "2024-05-22", "knownRansomwareCampaignUse": "Unknown", "notes": "https://example.test/advisory", "cwes": ["CWE-20"] }
        """;

    [Fact]
    public void The_real_catalog_loads_every_one_of_its_1404_entries_without_a_problem()
    {
        var catalog = RealKev.Load();

        Assert.Equal("2025.08.25", catalog.CatalogVersion);
        Assert.Equal("CISA Catalog of Known Exploited Vulnerabilities", catalog.Title);
        Assert.Equal(new DateTimeOffset(2025, 8, 25, 17, 4, 19, TimeSpan.Zero).AddTicks(9796 * 1000), catalog.DateReleased);
        Assert.Equal(1404, catalog.DeclaredCount);
        Assert.Equal(1404, catalog.Entries.Count);
    }

    [Fact]
    public void An_entry_has_every_field_typed()
    {
        var entry = RealKev.Load().Find("cve-2024-3400")!;

        Assert.Equal("CVE-2024-3400", entry.CveId);
        Assert.Equal("Palo Alto Networks", entry.VendorProject);
        Assert.Equal("PAN-OS", entry.Product);
        Assert.Equal(new DateOnly(2024, 4, 12), entry.DateAdded);
        Assert.Equal(new DateOnly(2024, 4, 19), entry.DueDate);
        Assert.True(entry.IsKnownRansomwareCampaignUse);
        Assert.Equal(["CWE-20", "CWE-77"], entry.Cwes);
        Assert.NotEmpty(entry.ShortDescription);
        Assert.NotEmpty(entry.RequiredAction);
        Assert.NotEmpty(entry.Notes);
    }

    [Fact]
    public void The_CSV_twin_holds_the_same_entries_field_by_field()
    {
        var catalog = RealKev.Load();
        var csv = Csv.Read(TestData.Path("kev", "known_exploited_vulnerabilities.csv"));
        Assert.Equal(
            ["cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded", "shortDescription", "requiredAction", "dueDate", "knownRansomwareCampaignUse", "notes", "cwes"],
            csv[0]);

        var rows = csv.Skip(1).ToList();
        Assert.Equal(catalog.Entries.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var entry = catalog.Entries[i];
            var fromCsv = new KevEntry
            {
                CveId = row[0],
                VendorProject = row[1],
                Product = row[2],
                VulnerabilityName = row[3],
                DateAdded = DateOnly.ParseExact(row[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ShortDescription = row[5],
                RequiredAction = row[6],
                DueDate = DateOnly.ParseExact(row[7], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                KnownRansomwareCampaignUse = row[8],
                Notes = row[9],
                Cwes = row[10].Length == 0 ? [] : row[10].Split(", "),
            };
            Assert.True(entry == fromCsv, $"row {i + 1} {row[0]} differs in {string.Join(", ", KevEntry.DifferingFields(entry, fromCsv))}");
        }
    }

    [Fact]
    public void Fifteen_entries_from_the_first_catalog_are_due_before_they_were_added()
    {
        // Added on 2021-11-03 with the deadlines of earlier emergency directives (e.g. CVE-2020-0601, due 2020-01-29).
        var early = RealKev.Load().Entries.Where(e => e.DueDate < e.DateAdded).ToList();

        Assert.Equal(15, early.Count);
        Assert.All(early, e => Assert.Equal(new DateOnly(2021, 11, 3), e.DateAdded));
        Assert.Contains(early, e => e.CveId == "CVE-2020-0601" && e.DueDate == new DateOnly(2020, 1, 29));
    }

    [Fact]
    public void Bad_entries_are_reported_by_index_and_field_and_the_good_ones_are_kept()
    {
        var json = $$"""
            { "catalogVersion": "2024.05.01", "dateReleased": "2024-05-01T12:00:00.000Z", "count": 5, "vulnerabilities": [
              {{Entry}},
              {{Entry.Replace("CVE-2024-0001", "CVE-24-1", StringComparison.Ordinal)}},
              {{Entry.Replace("CVE-2024-0001", "CVE-2024-0003", StringComparison.Ordinal).Replace("2024-05-22", "2024-13-01", StringComparison.Ordinal)}},
              {{Entry.Replace("CVE-2024-0001", "CVE-2024-0004", StringComparison.Ordinal).Replace("\"CWE-20\"", "\"CWE-20\", \"NVD-CWE-noinfo\"", StringComparison.Ordinal)}},
              "not an entry"
            ] }
            """;

        var result = LoadText(json);

        Assert.True(result.Succeeded);
        Assert.Equal(["CVE-2024-0001", "CVE-2024-0004"], result.Catalog.Entries.Select(e => e.CveId));
        Assert.Equal(["CWE-20"], result.Catalog.Find("CVE-2024-0004")!.Cwes);
        Assert.Equal(
            [
                new KevDiagnostic("/vulnerabilities/1/cveID", 1, null, "cveID", "'CVE-24-1' is not a CVE id (CVE-YYYY-NNNN...)", true),
                new KevDiagnostic("/vulnerabilities/2/dueDate", 2, "CVE-2024-0003", "dueDate", "'2024-13-01' is not a date (YYYY-MM-DD)", true),
                new KevDiagnostic("/vulnerabilities/3/cwes/1", 3, "CVE-2024-0004", "cwes", "'NVD-CWE-noinfo' is not a CWE id (CWE-NNN); ignored", false),
                new KevDiagnostic("/vulnerabilities/4", 4, null, null, "an entry is an object, not a string", true),
            ],
            result.Diagnostics);
        Assert.Equal("/vulnerabilities/2/dueDate (CVE-2024-0003): '2024-13-01' is not a date (YYYY-MM-DD); the entry is left out", result.Diagnostics[1].ToString());
    }

    [Fact]
    public void Unknown_fields_are_tolerated_and_missing_optional_fields_are_empty()
    {
        var entry = JsonNode.Parse(Entry)!.AsObject();
        entry.Remove("notes");
        entry.Remove("cwes");
        entry.Remove("knownRansomwareCampaignUse");
        entry["exploitedBy"] = new JsonArray("someone");
        var json = $$"""{ "catalogVersion": "1", "dateReleased": "2024-05-01T00:00:00Z", "newCatalogField": { "x": 1 }, "vulnerabilities": [ {{entry.ToJsonString()}} ] }""";

        var result = LoadText(json);

        Assert.Empty(result.Diagnostics);
        var loaded = Assert.Single(result.Catalog!.Entries);
        Assert.Empty(loaded.Cwes);
        Assert.Equal("", loaded.Notes);
        Assert.False(loaded.IsKnownRansomwareCampaignUse);
    }

    [Fact]
    public void A_missing_required_text_field_is_reported_but_the_entry_and_its_due_date_are_kept()
    {
        var entry = JsonNode.Parse(Entry)!.AsObject();
        entry.Remove("shortDescription");
        var result = LoadText($$"""{ "catalogVersion": "1", "dateReleased": "2024-05-01T00:00:00Z", "vulnerabilities": [ {{entry.ToJsonString()}} ] }""");

        Assert.Equal(new DateOnly(2024, 5, 22), Assert.Single(result.Catalog!.Entries).DueDate);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("/vulnerabilities/0/shortDescription", 0, "shortDescription", false), (problem.Location, problem.Index, problem.Field, problem.EntryDropped));
    }

    [Fact]
    public void A_repeated_CVE_and_a_wrong_count_are_reported()
    {
        var result = LoadText($$"""{ "catalogVersion": "1", "dateReleased": "2024-05-01T00:00:00Z", "count": 3, "vulnerabilities": [ {{Entry}}, {{Entry}} ] }""");

        Assert.Single(result.Catalog!.Entries);
        Assert.Equal(
            [
                "/vulnerabilities/1/cveID (CVE-2024-0001): the same CVE as /vulnerabilities/0; the entry is left out",
                "/count: the catalog says 3 entries but lists 2",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("{ \"catalogVersion\": \"1\" }", "/vulnerabilities")]
    [InlineData("[1, 2]", "")]
    [InlineData("{ \"vulnerabilities\": [ }", "line 1, byte 24")]
    public void A_document_that_is_not_a_catalog_gives_no_catalog_and_a_diagnostic(string json, string location)
    {
        var result = LoadText(json);

        Assert.False(result.Succeeded);
        Assert.Equal(location, Assert.Single(result.Diagnostics).Location);
    }
}
