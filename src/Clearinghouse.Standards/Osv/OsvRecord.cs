using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Osv;

/// <summary>
/// An OSV record (ossf/osv-schema, "Open Source Vulnerability format", schema 1.x), read from JSON or from the YAML the
/// PyPA advisory database writes. Reading keeps partial results: a record is refused only when the text is not JSON
/// (or the YAML subset), is not an object, or has no string <c>id</c>; any other bad field, or bad array element, is
/// left out and reported as a diagnostic with its JSON pointer, and the rest of the record is kept.
/// </summary>
public sealed class OsvRecord
{
    internal OsvRecord(
        string id,
        string? schemaVersion,
        DateTimeOffset? modified,
        DateTimeOffset? published,
        DateTimeOffset? withdrawn,
        IReadOnlyList<string> aliases,
        IReadOnlyList<string> related,
        IReadOnlyList<string> upstream,
        string? summary,
        string? details,
        IReadOnlyList<OsvSeverity> severity,
        IReadOnlyList<OsvAffected> affected,
        IReadOnlyList<OsvReference> references,
        IReadOnlyList<OsvCredit> credits,
        JsonElement? databaseSpecific)
    {
        Id = id;
        SchemaVersion = schemaVersion;
        Modified = modified;
        Published = published;
        Withdrawn = withdrawn;
        Aliases = aliases;
        Related = related;
        Upstream = upstream;
        Summary = summary;
        Details = details;
        Severity = severity;
        Affected = affected;
        References = references;
        Credits = credits;
        DatabaseSpecific = databaseSpecific;
    }

    /// <summary>The record's id: <c>GO-2024-2963</c>, <c>PYSEC-2023-74</c>, <c>RUSTSEC-2021-0001</c>.</summary>
    public string Id { get; }

    /// <summary>The <c>schema_version</c>, when given.</summary>
    public string? SchemaVersion { get; }

    /// <summary>When the record was last modified (required by the schema; null when missing or unreadable).</summary>
    public DateTimeOffset? Modified { get; }

    /// <summary>When the record was published.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>When the record was withdrawn; a withdrawn record should no longer be used for matching.</summary>
    public DateTimeOffset? Withdrawn { get; }

    /// <summary>Ids of the same vulnerability in other databases (CVE, GHSA...).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Ids of related but different vulnerabilities.</summary>
    public IReadOnlyList<string> Related { get; }

    /// <summary>Ids of upstream records.</summary>
    public IReadOnlyList<string> Upstream { get; }

    /// <summary>The one-line summary.</summary>
    public string? Summary { get; }

    /// <summary>The details, CommonMark.</summary>
    public string? Details { get; }

    /// <summary>Record-level severities.</summary>
    public IReadOnlyList<OsvSeverity> Severity { get; }

    /// <summary>The affected packages.</summary>
    public IReadOnlyList<OsvAffected> Affected { get; }

    /// <summary>The references.</summary>
    public IReadOnlyList<OsvReference> References { get; }

    /// <summary>The credits.</summary>
    public IReadOnlyList<OsvCredit> Credits { get; }

    /// <summary>The top-level <c>database_specific</c> object, when given.</summary>
    public JsonElement? DatabaseSpecific { get; }

    /// <summary>
    /// The CWE ids a <c>database_specific</c> object (of a record or of one of its affected packages) names in
    /// <c>cwe_ids</c>, as GitHub's advisories and our CVE conversion write them; none when it has no such array. Items
    /// that are not strings are skipped; the ids are not otherwise checked.
    /// </summary>
    public static IEnumerable<string> CweIds(JsonElement? databaseSpecific) =>
        databaseSpecific is { ValueKind: JsonValueKind.Object } specific && specific.TryGetProperty("cwe_ids", out var ids) && ids.ValueKind == JsonValueKind.Array
            ? ids.EnumerateArray().Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)
            : [];

    /// <summary>Writes the record as OSV JSON: fields in the schema's order, empty lists and absent fields left out.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        OsvRecordWriter.Write(this, writer);
    }

    /// <summary>The record as OSV JSON text.</summary>
    public string ToJson(bool indented = false) => JsonOutput.Text(WriteTo, indented);

    /// <summary>Reads an OSV record from UTF-8 JSON. Never throws.</summary>
    /// <returns>True when a record was read; <paramref name="diagnostics"/> may still list left-out fields.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> json, [NotNullWhen(true)] out OsvRecord? record, out IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        if (!JsonInput.TryParse(json, out var document, out var error))
        {
            record = null;
            diagnostics = [error];
            return false;
        }

        using (document)
        {
            return OsvRecordReader.TryRead(document!.RootElement, out record, out diagnostics);
        }
    }

    /// <summary>
    /// Reads an OSV record from the YAML subset the PyPA advisory database uses (block mappings and sequences, plain,
    /// quoted and block scalars, empty <c>[]</c>/<c>{}</c>; every scalar is a string). Never throws. Locations of
    /// diagnostics about the text are <c>line N, byte M</c>; about fields, JSON pointers.
    /// </summary>
    public static bool TryParseYaml(string yaml, [NotNullWhen(true)] out OsvRecord? record, out IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (!OsvYamlReader.TryConvert(yaml, out var json, out var error))
        {
            record = null;
            diagnostics = [error];
            return false;
        }

        return TryParse(json, out record, out diagnostics);
    }

    /// <summary>
    /// Whether <paramref name="name"/> at <paramref name="version"/> in <paramref name="ecosystem"/> is affected, by the
    /// OSV schema's <c>IsVulnerable</c>: an affected entry for the package (same ecosystem, same name; PyPI names
    /// compared in PEP 503 normal form) whose <c>versions</c> lists the version exactly, or whose ranges include it
    /// (<see cref="OsvAffected.EvaluateRanges"/>). Withdrawal is not considered; check <see cref="Withdrawn"/>.
    /// </summary>
    public OsvEvaluation Evaluate(string ecosystem, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(version);
        var unevaluated = new List<OsvUnevaluatedRange>();
        var evaluated = false;
        foreach (var affected in Affected)
        {
            if (affected.Package is not { } package || package.Ecosystem != ecosystem || !SameName(ecosystem, package.Name, name))
            {
                continue;
            }

            if (affected.Versions.Contains(version, StringComparer.Ordinal))
            {
                return new OsvEvaluation(OsvOutcome.Affected, affected, null, null, unevaluated);
            }

            var result = affected.EvaluateRanges(version);
            if (result.Outcome == OsvOutcome.Affected)
            {
                return result with { Unevaluated = [.. unevaluated, .. result.Unevaluated] };
            }

            evaluated |= result.Outcome == OsvOutcome.NotAffected || affected.Versions.Count > 0;
            unevaluated.AddRange(result.Unevaluated);
        }

        return new OsvEvaluation(!evaluated && unevaluated.Count > 0 ? OsvOutcome.NotEvaluable : OsvOutcome.NotAffected, null, null, null, unevaluated);
    }

    private static bool SameName(string ecosystem, string a, string b) =>
        ecosystem == "PyPI" ? string.Equals(Pep503(a), Pep503(b), StringComparison.Ordinal) : string.Equals(a, b, StringComparison.Ordinal);

    // PEP 503 normal form: lower case, runs of '-', '_' and '.' as one '-'.
    internal static string Pep503(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is '-' or '_' or '.')
            {
                if (builder.Length == 0 || builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
