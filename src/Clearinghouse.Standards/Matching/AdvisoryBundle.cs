using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Matching;

/// <summary>
/// An offline advisory bundle: the knowledge base an operator downloads to match its SBOMs without sending them.
/// <para>File layout: the 11 bytes <c>CHBUNDLE/1\n</c>, a 2-byte big-endian signature length, the signature (ECDSA
/// P-256 over SHA-256, IEEE P1363 form) of the payload, then the payload: gzip of one JSON object with the format tag,
/// the creation time, the SSVC decision tables the priorities use, the KEV entries, every vulnerability (id, aliases,
/// record indexes), the OSV records, and the index from package key (<c>npm/lodash</c>) to vulnerabilities. The
/// signature is checked against the clearinghouse's public key before anything is parsed; a scan then reads only the
/// records of the packages its SBOM names.</para>
/// </summary>
public sealed class AdvisoryBundle
{
    /// <summary>The payload's format tag.</summary>
    public const string Format = "clearinghouse.advisory-bundle/1";

    private static readonly byte[] Magic = "CHBUNDLE/1\n"u8.ToArray();
    private readonly JsonElement root;
    private readonly Dictionary<string, KevEntry> kev;

    private AdvisoryBundle(JsonElement root, DateTimeOffset created, IReadOnlyList<SsvcDecisionTable> tables, Dictionary<string, KevEntry> kev)
    {
        this.root = root;
        Created = created;
        Tables = tables;
        this.kev = kev;
    }

    /// <summary>When the bundle was made.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>The SSVC decision tables for <see cref="ExposurePrioritizer"/>.</summary>
    public IReadOnlyList<SsvcDecisionTable> Tables { get; }

    /// <summary>How many vulnerabilities it holds.</summary>
    public int Count => root.GetProperty("vulnerabilities").GetArrayLength();

    /// <summary>Makes a signed bundle of <paramref name="vulnerabilities"/> with the decision tables given as their JSON documents.</summary>
    public static byte[] Create(IEnumerable<KnownVulnerability> vulnerabilities, IEnumerable<ReadOnlyMemory<byte>> tableDocuments, DateTimeOffset created, ECDsa signer)
    {
        ArgumentNullException.ThrowIfNull(vulnerabilities);
        ArgumentNullException.ThrowIfNull(tableDocuments);
        ArgumentNullException.ThrowIfNull(signer);
        var list = vulnerabilities.ToList();
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("created", created.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            writer.WriteStartArray("tables");
            foreach (var table in tableDocuments)
            {
                using var document = JsonDocument.Parse(table);
                document.RootElement.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("kev");
            foreach (var entry in list.Select(v => v.Kev).OfType<KevEntry>())
            {
                WriteKev(writer, entry);
            }

            writer.WriteEndArray();
            var records = new List<OsvRecord>();
            var packages = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            writer.WriteStartArray("vulnerabilities");
            for (var i = 0; i < list.Count; i++)
            {
                var v = list[i];
                writer.WriteStartObject();
                writer.WriteString("id", v.Id);
                writer.WriteStartArray("aliases");
                v.Aliases.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteStartArray("records");
                foreach (var record in v.Records)
                {
                    writer.WriteNumberValue(records.Count);
                    records.Add(record);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                foreach (var package in v.Packages)
                {
                    if (!packages.TryGetValue(package.ToString(), out var at))
                    {
                        packages[package.ToString()] = at = [];
                    }

                    at.Add(i);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("records");
            records.ForEach(r => r.WriteTo(writer));
            writer.WriteEndArray();
            writer.WriteStartObject("packages");
            foreach (var (key, at) in packages)
            {
                writer.WriteStartArray(key);
                at.ForEach(writer.WriteNumberValue);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var payload = new MemoryStream();
        using (var gzip = new GZipStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            json.Position = 0;
            json.CopyTo(gzip);
        }

        var body = payload.ToArray();
        var signature = signer.SignData(body, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var file = new byte[Magic.Length + 2 + signature.Length + body.Length];
        Magic.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(Magic.Length), (ushort)signature.Length);
        signature.CopyTo(file, Magic.Length + 2);
        body.CopyTo(file, Magic.Length + 2 + signature.Length);
        return file;
    }

    /// <summary>
    /// Opens a bundle: checks the signature with <paramref name="trustedKey"/> first, then reads the payload. Never throws
    /// on bad input: a forged, damaged or foreign file gives false and the reason.
    /// </summary>
    public static bool TryOpen(ReadOnlyMemory<byte> file, ECDsa trustedKey, [NotNullWhen(true)] out AdvisoryBundle? bundle, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(trustedKey);
        bundle = null;
        var span = file.Span;
        if (!span.StartsWith(Magic) || span.Length < Magic.Length + 2)
        {
            error = "not a clearinghouse advisory bundle (it does not start with CHBUNDLE/1)";
            return false;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(span[Magic.Length..]);
        if (span.Length < Magic.Length + 2 + length)
        {
            error = "the bundle is cut short";
            return false;
        }

        var signature = span.Slice(Magic.Length + 2, length);
        var body = file[(Magic.Length + 2 + length)..];
        if (!trustedKey.VerifyData(body.Span, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            error = "the bundle's signature does not verify with the trusted key: it was changed, or signed by someone else";
            return false;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(body.ToArray(), writable: false), CompressionMode.Decompress);
            using var document = JsonDocument.Parse(gzip, new JsonDocumentOptions { MaxDepth = 128 });
            var root = document.RootElement.Clone();
            if (!root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                error = $"the bundle's format is not {Format}";
                return false;
            }

            var tables = new List<SsvcDecisionTable>();
            foreach (var table in root.GetProperty("tables").EnumerateArray())
            {
                if (SsvcDecisionTable.Load(Encoding.UTF8.GetBytes(table.GetRawText())).Value is { } loaded)
                {
                    tables.Add(loaded);
                }
            }

            var kevJson = $"{{\"title\":\"bundle\",\"catalogVersion\":\"bundle\",\"dateReleased\":\"{root.GetProperty("created").GetString()}\",\"count\":{root.GetProperty("kev").GetArrayLength()},\"vulnerabilities\":{root.GetProperty("kev").GetRawText()}}}";
            var catalog = KevCatalog.Load(Encoding.UTF8.GetBytes(kevJson)).Catalog;
            var created = DateTimeOffset.Parse(root.GetProperty("created").GetString()!, CultureInfo.InvariantCulture);
            bundle = new AdvisoryBundle(root, created, tables, catalog?.Entries.ToDictionary(e => e.CveId, StringComparer.Ordinal) ?? []);
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            error = "the bundle's payload is unreadable: " + e.Message;
            return false;
        }
    }

    /// <summary>An index of the vulnerabilities that name any of <paramref name="packages"/> (all of them when null), parsed from the bundle on demand.</summary>
    public AdvisoryIndex Index(IEnumerable<PackageKey>? packages = null)
    {
        var vulnerabilities = root.GetProperty("vulnerabilities");
        var wanted = new SortedSet<int>();
        if (packages is null)
        {
            wanted.UnionWith(Enumerable.Range(0, vulnerabilities.GetArrayLength()));
        }
        else
        {
            var table = root.GetProperty("packages");
            foreach (var package in packages.Distinct())
            {
                if (table.TryGetProperty(package.ToString(), out var at))
                {
                    wanted.UnionWith(at.EnumerateArray().Select(e => e.GetInt32()));
                }
            }
        }

        var records = root.GetProperty("records");
        var result = new List<KnownVulnerability>(wanted.Count);
        foreach (var i in wanted)
        {
            var v = vulnerabilities[i];
            var id = v.GetProperty("id").GetString()!;
            var aliases = v.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList();
            var osv = new List<OsvRecord>();
            foreach (var at in v.GetProperty("records").EnumerateArray())
            {
                if (OsvRecordReader.TryRead(records[at.GetInt32()], out var record, out _) && record is not null)
                {
                    osv.Add(record);
                }
            }

            var entry = kev.GetValueOrDefault(id) ?? aliases.Select(a => kev.GetValueOrDefault(a)).FirstOrDefault(e => e is not null);
            result.Add(new KnownVulnerability(id, aliases, osv, entry));
        }

        return new AdvisoryIndex(result);
    }

    private static void WriteKev(Utf8JsonWriter writer, KevEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("cveID", entry.CveId);
        writer.WriteString("vendorProject", entry.VendorProject);
        writer.WriteString("product", entry.Product);
        writer.WriteString("vulnerabilityName", entry.VulnerabilityName);
        writer.WriteString("dateAdded", entry.DateAdded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("shortDescription", entry.ShortDescription);
        writer.WriteString("requiredAction", entry.RequiredAction);
        writer.WriteString("dueDate", entry.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("knownRansomwareCampaignUse", entry.KnownRansomwareCampaignUse);
        writer.WriteString("notes", entry.Notes);
        writer.WriteStartArray("cwes");
        entry.Cwes.ToList().ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
