using System.Globalization;
using System.Text.Json;

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
        Severities(w, record.Severity);
        if (record.Affected.Count > 0)
        {
            w.WriteStartArray("affected");
            foreach (var affected in record.Affected)
            {
                Affected(w, affected);
            }

            w.WriteEndArray();
        }

        if (record.References.Count > 0)
        {
            w.WriteStartArray("references");
            foreach (var reference in record.References)
            {
                w.WriteStartObject();
                w.WriteString("type", reference.Type);
                w.WriteString("url", reference.Url);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (record.Credits.Count > 0)
        {
            w.WriteStartArray("credits");
            foreach (var credit in record.Credits)
            {
                w.WriteStartObject();
                w.WriteString("name", credit.Name);
                Strings(w, "contact", credit.Contact);
                Optional(w, "type", credit.Type);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

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

    private static void Affected(Utf8JsonWriter w, OsvAffected affected)
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

        Severities(w, affected.Severity);
        if (affected.Ranges.Count > 0)
        {
            w.WriteStartArray("ranges");
            foreach (var range in affected.Ranges)
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
            }

            w.WriteEndArray();
        }

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

    private static void Severities(Utf8JsonWriter w, IReadOnlyList<OsvSeverity> severities)
    {
        if (severities.Count == 0)
        {
            return;
        }

        w.WriteStartArray("severity");
        foreach (var severity in severities)
        {
            w.WriteStartObject();
            w.WriteString("type", severity.Type);
            w.WriteString("score", severity.Score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
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
