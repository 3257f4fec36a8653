using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.CycloneDx;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Sarif;
using Clearinghouse.Standards.Spdx;

namespace Clearinghouse.Standards.Formats;

/// <summary>
/// The exchange formats the clearinghouse reads, recognised by their content, in one explicit table: each entry says how
/// to recognise a document and how to check it with the format's own reader (and, for CSAF, its mandatory tests; for
/// CycloneDX, its reference rules). Official JSON Schema validation is separate: the schemas are reference data.
/// </summary>
public sealed record ExchangeFormat(string Name, Func<JsonElement, bool> Recognises, Func<ReadOnlyMemory<byte>, IReadOnlyList<JsonDiagnostic>> Check)
{
    /// <summary>The formats, most specific first.</summary>
    public static IReadOnlyList<ExchangeFormat> All { get; } =
    [
        new("CycloneDX", root => Text(root, "bomFormat") == "CycloneDX", bytes =>
        {
            var read = CycloneDxBom.Load(bytes);
            return read.Succeeded ? CycloneDxValidator.ReferenceRulesOnly.Validate(bytes) : read.Diagnostics;
        }),
        new("SPDX", root => Text(root, "spdxVersion") is { } v && v.StartsWith("SPDX-", StringComparison.Ordinal), bytes => SpdxDocument.Load(bytes).Diagnostics),
        new("CSAF", root => root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("csaf_version", out _), bytes =>
        {
            var read = CsafReader.Read(bytes);
            return read.Value is { } advisory ? CsafMandatoryTests.Run(advisory) : read.Diagnostics;
        }),
        new("CVE JSON 5", root => root.TryGetProperty("cveMetadata", out _) && Text(root, "dataType") == "CVE_RECORD", bytes => CveRecord.Parse(bytes).Diagnostics),
        new("SARIF", root => root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array && Text(root, "version") is "2.1.0", ReadSarif),
        new("KEV catalog", root => root.TryGetProperty("catalogVersion", out _) && root.TryGetProperty("vulnerabilities", out _), bytes =>
            [.. KevCatalog.Load(bytes).Diagnostics.Select(d => new JsonDiagnostic(d.Location, d.Reason))]),
        new("OSV", root => Text(root, "id") is not null && root.TryGetProperty("modified", out _), bytes =>
        {
            OsvRecord.TryParse(bytes, out _, out var diagnostics);
            return diagnostics;
        }),
    ];

    /// <summary>The OSV YAML form (PyPA's advisory database), recognised by file name since YAML is not JSON.</summary>
    public static ExchangeFormat OsvYaml { get; } = new("OSV (YAML)", _ => false, bytes =>
    {
        OsvRecord.TryParseYaml(Encoding.UTF8.GetString(bytes.Span), out _, out var diagnostics);
        return diagnostics;
    });

    /// <summary>
    /// The format of a document, or null with the reason it is not recognised (not JSON, or JSON of no known format).
    /// A file named <c>*.yaml</c> or <c>*.yml</c> is taken to be an OSV record in YAML.
    /// </summary>
    public static ExchangeFormat? Detect(ReadOnlyMemory<byte> utf8, string? fileName, out JsonDiagnostic? whyNot)
    {
        whyNot = null;
        if (fileName is not null && (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
        {
            return OsvYaml;
        }

        if (!JsonInput.TryParse(utf8, out var document, out var error))
        {
            whyNot = error;
            return null;
        }

        using (document)
        {
            var root = document!.RootElement;
            var format = root.ValueKind == JsonValueKind.Object ? All.FirstOrDefault(f => f.Recognises(root)) : null;
            if (format is null)
            {
                whyNot = new JsonDiagnostic("", $"not a document of a known format ({string.Join(", ", All.Select(f => f.Name))})");
            }

            return format;
        }
    }

    private static IReadOnlyList<JsonDiagnostic> ReadSarif(ReadOnlyMemory<byte> bytes)
    {
        using var reader = new SarifReader(new MemoryStream(bytes.ToArray()));
        foreach (var _ in reader.ReadResults())
        {
        }

        return reader.Diagnostics;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
