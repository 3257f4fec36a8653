using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Clearinghouse.Standards.Conversions;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Standards.Matching;

/// <summary>What a feed document holds.</summary>
public enum FeedItemKind
{
    /// <summary>An OSV record.</summary>
    Osv,

    /// <summary>A CVE JSON 5 record, kept as written and read converted to OSV.</summary>
    Cve,

    /// <summary>The CISA Known Exploited Vulnerabilities catalog.</summary>
    Kev,
}

/// <summary>
/// One advisory document from a feed: its key (the OSV or CVE id; <c>cisa-kev</c> for the KEV catalog), its bytes as
/// received and their SHA-256, which makes re-import idempotent: an unchanged document is skipped by its hash.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Key">The OSV id, the CVE id, or <see cref="FeedDocuments.KevKey"/>.</param>
/// <param name="Content">The document's bytes.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of <paramref name="Content"/>.</param>
/// <param name="Osv">The record read as OSV (for OSV and CVE documents).</param>
/// <param name="Kev">The catalog (for the KEV document).</param>
public sealed record FeedItem(FeedItemKind Kind, string Key, ReadOnlyMemory<byte> Content, string Sha256, OsvRecord? Osv, KevCatalog? Kev);

/// <summary>A document of a feed that could not be read, and why.</summary>
/// <param name="Source">The file or archive entry.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record FeedProblem(string Source, string Reason);

/// <summary>
/// Reads advisory feeds: single OSV records, CVE JSON 5 records and the KEV catalog (JSON), and the zip archives OSV
/// publishes per ecosystem (one record per entry). The kind of a JSON document is chosen by one explicit rule on its
/// members (<c>vulnerabilities</c> with <c>catalogVersion</c>: KEV; <c>cveMetadata</c>: CVE; <c>id</c>: OSV). The one
/// reader for the server's import and the CLI's bundle. Never throws on bad input.
/// </summary>
public static class FeedDocuments
{
    /// <summary>The key the KEV catalog is stored under: there is one current catalog.</summary>
    public const string KevKey = "cisa-kev";

    /// <summary>The largest single document read (the KEV catalog is about 1.5 MB; the largest OSV records a few MB).</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Reads one document or zip archive, named <paramref name="source"/> in problems.</summary>
    public static (IReadOnlyList<FeedItem> Items, IReadOnlyList<FeedProblem> Problems) Read(string source, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(source);
        var items = new List<FeedItem>();
        var problems = new List<FeedProblem>();
        if (content.Span.StartsWith("PK\u0003\u0004"u8))
        {
            ReadArchive(source, content, items, problems);
        }
        else if (source.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            ReadYaml(source, content, items, problems);
        }
        else
        {
            ReadOne(source, content, items, problems);
        }

        return (items, problems);
    }

    private static void ReadArchive(string source, ReadOnlyMemory<byte> content, List<FeedItem> items, List<FeedProblem> problems)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                var name = $"{source}!{entry.FullName}";
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (entry.Length > MaxDocumentBytes)
                {
                    problems.Add(new FeedProblem(name, $"larger than {MaxDocumentBytes} bytes"));
                    continue;
                }

                using var entryStream = entry.Open();
                using var buffer = new MemoryStream();
                entryStream.CopyTo(buffer);
                if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                {
                    ReadYaml(name, buffer.ToArray(), items, problems);
                }
                else
                {
                    ReadOne(name, buffer.ToArray(), items, problems);
                }
            }
        }
        catch (InvalidDataException e)
        {
            problems.Add(new FeedProblem(source, "not a readable zip archive: " + e.Message));
        }
    }

    // The PyPA database writes OSV as YAML; the item carries the record as OSV JSON, so whoever stores it reads one format back.
    private static void ReadYaml(string source, ReadOnlyMemory<byte> content, List<FeedItem> items, List<FeedProblem> problems)
    {
        if (OsvRecord.TryParseYaml(System.Text.Encoding.UTF8.GetString(content.Span), out var osv, out var diagnostics))
        {
            var json = System.Text.Encoding.UTF8.GetBytes(osv.ToJson());
            items.Add(new FeedItem(FeedItemKind.Osv, osv.Id, json, Convert.ToHexStringLower(SHA256.HashData(content.Span)), osv, null));
        }
        else
        {
            problems.Add(new FeedProblem(source, "not an OSV record (YAML): " + string.Join("; ", diagnostics.Take(3))));
        }
    }

    private static void ReadOne(string source, ReadOnlyMemory<byte> content, List<FeedItem> items, List<FeedProblem> problems)
    {
        var kind = Classify(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        switch (kind)
        {
            case FeedItemKind.Kev:
                var kev = KevCatalog.Load(content);
                if (kev.Catalog is { } catalog)
                {
                    items.Add(new FeedItem(FeedItemKind.Kev, KevKey, content, hash, null, catalog));
                }
                else
                {
                    problems.Add(new FeedProblem(source, "not a KEV catalog: " + string.Join("; ", kev.Diagnostics.Take(3))));
                }

                break;
            case FeedItemKind.Cve:
                var cve = CveRecord.Parse(content);
                var converted = cve.Value is { } record ? CveToOsv.Convert(record) : null;
                if (converted?.Value is { } osvFromCve)
                {
                    items.Add(new FeedItem(FeedItemKind.Cve, osvFromCve.Id, content, hash, osvFromCve, null));
                }
                else
                {
                    problems.Add(new FeedProblem(source, "not a CVE JSON 5 record: " + string.Join("; ", (converted?.Diagnostics ?? cve.Diagnostics).Take(3))));
                }

                break;
            case FeedItemKind.Osv:
                if (OsvRecord.TryParse(content, out var osv, out var diagnostics))
                {
                    items.Add(new FeedItem(FeedItemKind.Osv, osv.Id, content, hash, osv, null));
                }
                else
                {
                    problems.Add(new FeedProblem(source, "not an OSV record: " + string.Join("; ", diagnostics.Take(3))));
                }

                break;
            default:
                problems.Add(new FeedProblem(source, "neither an OSV record, a CVE JSON 5 record nor the KEV catalog"));
                break;
        }
    }

    // Looks only at the top-level member names, without building the document.
    private static FeedItemKind? Classify(ReadOnlyMemory<byte> content)
    {
        try
        {
            var reader = new Utf8JsonReader(content.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            bool id = false, cve = false, vulnerabilities = false, catalog = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("cveMetadata"u8))
                {
                    cve = true;
                }
                else if (reader.ValueTextEquals("catalogVersion"u8))
                {
                    catalog = true;
                }
                else if (reader.ValueTextEquals("vulnerabilities"u8))
                {
                    vulnerabilities = true;
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    id = true;
                }

                reader.Read();
                reader.Skip();
            }

            return (vulnerabilities && catalog) ? FeedItemKind.Kev : cve ? FeedItemKind.Cve : id ? FeedItemKind.Osv : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
