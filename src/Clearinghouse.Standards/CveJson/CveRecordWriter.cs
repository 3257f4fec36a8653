using System.Text.Json;
using static Clearinghouse.Standards.Json.JsonOutput;

namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// Writes the model as CVE JSON 5.1: members in the schema's order, absent values and empty lists left out, CVSS objects
/// and members the model does not read written back exactly as they were read.
/// </summary>
internal static class CveRecordWriter
{
    public static void Write(CveRecord record, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("dataType", "CVE_RECORD");
        w.WriteString("dataVersion", CveRecord.WrittenDataVersion);
        Metadata(record.Metadata, w);
        w.WriteStartObject("containers");
        w.WritePropertyName("cna");
        Container(record.Cna, w);
        if (record.Adp.Count > 0)
        {
            w.WriteStartArray("adp");
            foreach (var adp in record.Adp)
            {
                Container(adp, w);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Metadata(CveMetadata m, Utf8JsonWriter w)
    {
        w.WriteStartObject("cveMetadata");
        w.WriteString("cveId", m.CveId);
        w.WriteString("assignerOrgId", m.AssignerOrgId);
        Optional(w, "assignerShortName", m.AssignerShortName);
        Optional(w, "requesterUserId", m.RequesterUserId);
        if (m.Serial is { } serial)
        {
            w.WriteNumber("serial", serial);
        }

        w.WriteString("state", m.State == CveRecordState.Published ? "PUBLISHED" : "REJECTED");
        Optional(w, "dateReserved", m.DateReserved);
        Optional(w, "datePublished", m.DatePublished);
        Optional(w, "dateUpdated", m.DateUpdated);
        Optional(w, "dateRejected", m.DateRejected);
        w.WriteEndObject();
    }

    private static void Container(CveContainer c, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("providerMetadata");
        w.WriteString("orgId", c.ProviderMetadata.OrgId);
        Optional(w, "shortName", c.ProviderMetadata.ShortName);
        Optional(w, "dateUpdated", c.ProviderMetadata.DateUpdated);
        w.WriteEndObject();
        Optional(w, "dateAssigned", c.DateAssigned);
        Optional(w, "datePublic", c.DatePublic);
        Optional(w, "title", c.Title);
        List(w, "descriptions", c.Descriptions, Text);
        List(w, "affected", c.Affected, Product);
        if (c.ProblemTypes.Count > 0)
        {
            w.WriteStartArray("problemTypes");
            foreach (var group in c.ProblemTypes.GroupBy(p => p.Group).OrderBy(g => g.Key))
            {
                w.WriteStartObject();
                List(w, "descriptions", group.ToList(), ProblemType);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        List(w, "references", c.References, Reference);
        List(w, "metrics", c.Metrics, Metric);
        List(w, "timeline", c.Timeline, (t, w) =>
        {
            w.WriteStartObject();
            w.WriteString("time", t.Time);
            w.WriteString("lang", t.Lang);
            w.WriteString("value", t.Value);
            w.WriteEndObject();
        });
        List(w, "credits", c.Credits, (credit, w) =>
        {
            w.WriteStartObject();
            w.WriteString("lang", credit.Lang);
            w.WriteString("value", credit.Value);
            Optional(w, "user", credit.User);
            Optional(w, "type", credit.Type);
            w.WriteEndObject();
        });
        Strings(w, "tags", c.Tags);
        List(w, "rejectedReasons", c.RejectedReasons, Text);
        Strings(w, "replacedBy", c.ReplacedBy);
        Raw(w, c.Other);
        w.WriteEndObject();
    }

    private static void Product(CveProduct p, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        Optional(w, "vendor", p.Vendor);
        Optional(w, "product", p.Product);
        Optional(w, "collectionURL", p.CollectionUrl);
        Optional(w, "packageName", p.PackageName);
        Strings(w, "cpes", p.Cpes);
        Strings(w, "modules", p.Modules);
        Strings(w, "programFiles", p.ProgramFiles);
        List(w, "programRoutines", p.ProgramRoutines, (r, w) =>
        {
            w.WriteStartObject();
            w.WriteString("name", r);
            w.WriteEndObject();
        });
        Strings(w, "platforms", p.Platforms);
        Optional(w, "repo", p.Repo);
        if (p.DefaultStatus is { } status)
        {
            w.WriteString("defaultStatus", Status(status));
        }

        List(w, "versions", p.Versions, Version);
        Raw(w, p.Other);
        w.WriteEndObject();
    }

    private static void Version(CveVersion v, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("version", v.Version);
        w.WriteString("status", Status(v.Status));
        Optional(w, "versionType", v.VersionType);
        Optional(w, "lessThan", v.LessThan);
        Optional(w, "lessThanOrEqual", v.LessThanOrEqual);
        List(w, "changes", v.Changes, (c, w) =>
        {
            w.WriteStartObject();
            w.WriteString("at", c.At);
            w.WriteString("status", Status(c.Status));
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void ProblemType(CveProblemType p, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("lang", p.Lang);
        w.WriteString("description", p.Description);
        Optional(w, "cweId", p.CweId);
        Optional(w, "type", p.Type);
        List(w, "references", p.References, Reference);
        w.WriteEndObject();
    }

    private static void Reference(CveReference r, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("url", r.Url);
        Optional(w, "name", r.Name);
        Strings(w, "tags", r.Tags);
        w.WriteEndObject();
    }

    private static void Metric(CveMetric m, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        Optional(w, "format", m.Format);
        List(w, "scenarios", m.Scenarios, Text);
        foreach (var cvss in m.Cvss)
        {
            w.WritePropertyName(cvss.Member);
            w.WriteRawValue(cvss.Json, skipInputValidation: false);
        }

        if (m.OtherType is not null && m.OtherContent is not null)
        {
            w.WriteStartObject("other");
            w.WriteString("type", m.OtherType);
            w.WritePropertyName("content");
            w.WriteRawValue(m.OtherContent, skipInputValidation: false);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Text(CveText t, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("lang", t.Lang);
        w.WriteString("value", t.Value);
        List(w, "supportingMedia", t.SupportingMedia, (m, w) =>
        {
            w.WriteStartObject();
            w.WriteString("type", m.Type);
            if (m.Base64)
            {
                w.WriteBoolean("base64", true);
            }

            w.WriteString("value", m.Value);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static string Status(CveVersionStatus status) => status switch
    {
        CveVersionStatus.Affected => "affected",
        CveVersionStatus.Unaffected => "unaffected",
        _ => "unknown",
    };

    private static void Raw(Utf8JsonWriter w, IReadOnlyDictionary<string, string> members)
    {
        foreach (var (name, json) in members)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(json, skipInputValidation: false);
        }
    }
}
