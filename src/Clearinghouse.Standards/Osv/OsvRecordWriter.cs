using System.Globalization;
using System.Text.Json;
using static Clearinghouse.Standards.Json.JsonOutput;

namespace Clearinghouse.Standards.Osv;

/// <summary>Writes an <see cref="OsvRecord"/> as OSV JSON, fields in the schema's order, absent and empty fields left out.</summary>
internal static class OsvRecordWriter
{
    public static void Write(OsvRecord record, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        Optional(w, "schema_version", record.SchemaVersion);
        w.WriteString("id", record.Id);
        Timestamp(w, "modified", record.Modified);
        Timestamp(w, "published", record.Published);
        Timestamp(w, "withdrawn", record.Withdrawn);
        Strings(w, "aliases", record.Aliases);
        Strings(w, "related", record.Related);
        Strings(w, "upstream", record.Upstream);
        Optional(w, "summary", record.Summary);
        Optional(w, "details", record.Details);
        List(w, "severity", record.Severity, Severity);
        List(w, "affected", record.Affected, Affected);
        List(w, "references", record.References, (reference, w) =>
        {
            w.WriteStartObject();
            w.WriteString("type", reference.Type);
            w.WriteString("url", reference.Url);
            w.WriteEndObject();
        });
        List(w, "credits", record.Credits, (credit, w) =>
        {
            w.WriteStartObject();
            w.WriteString("name", credit.Name);
            Strings(w, "contact", credit.Contact);
            Optional(w, "type", credit.Type);
            w.WriteEndObject();
        });
        Element(w, "database_specific", record.DatabaseSpecific);
        w.WriteEndObject();
    }

    /// <summary>RFC 3339 in UTC, with fractional seconds only when there are any (as OSV databases write them).</summary>
    public static string FormatTimestamp(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }

    private static void Affected(OsvAffected affected, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (affected.Package is { } package)
        {
            w.WriteStartObject("package");
            w.WriteString("ecosystem", package.Ecosystem);
            w.WriteString("name", package.Name);
            Optional(w, "purl", package.Purl);
            w.WriteEndObject();
        }

        List(w, "severity", affected.Severity, Severity);
        List(w, "ranges", affected.Ranges, (range, w) =>
        {
            w.WriteStartObject();
            w.WriteString("type", range.TypeName);
            Optional(w, "repo", range.Repo);
            w.WriteStartArray("events");
            foreach (var e in range.Events)
            {
                w.WriteStartObject();
                w.WriteString(EventName(e.Kind), e.Version);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Element(w, "database_specific", range.DatabaseSpecific);
            w.WriteEndObject();
        });
        Strings(w, "versions", affected.Versions);
        Element(w, "ecosystem_specific", affected.EcosystemSpecific);
        Element(w, "database_specific", affected.DatabaseSpecific);
        w.WriteEndObject();
    }

    private static string EventName(OsvEventKind kind) => kind switch
    {
        OsvEventKind.Introduced => "introduced",
        OsvEventKind.Fixed => "fixed",
        OsvEventKind.LastAffected => "last_affected",
        _ => "limit",
    };

    private static void Severity(OsvSeverity severity, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("type", severity.Type);
        w.WriteString("score", severity.Score);
        w.WriteEndObject();
    }

    private static void Timestamp(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            w.WriteString(name, FormatTimestamp(instant));
        }
    }

    private static void Element(Utf8JsonWriter w, string name, JsonElement? value)
    {
        if (value is { } element)
        {
            w.WritePropertyName(name);
            element.WriteTo(w);
        }
    }
}
