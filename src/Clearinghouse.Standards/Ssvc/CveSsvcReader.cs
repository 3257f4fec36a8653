using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// Reads the SSVC assessments of a CVE JSON 5 record: every <c>metrics[].other</c> of type <c>ssvc</c> in the CNA and
/// ADP containers (in practice CISA's Vulnrichment ADP container). Only that part of the record is looked at.
/// </summary>
public static class CveSsvcReader
{
    /// <summary>Reads a CVE record from UTF-8 JSON; never throws on bad input.</summary>
    public static CveSsvcReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (!JsonInput.TryParse(utf8Json, out var document, out var syntax))
        {
            return new CveSsvcReadResult([], [syntax]);
        }

        using (document)
        {
            var root = document!.RootElement;
            var assessments = new List<CveSsvcAssessment>();
            var diagnostics = new List<JsonDiagnostic>();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("containers", out var containers) || containers.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new JsonDiagnostic("/containers", "not a CVE JSON 5 record: no containers object"));
                return new CveSsvcReadResult(assessments, diagnostics);
            }

            var recordId = root.TryGetProperty("cveMetadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "cveId") : null;
            if (containers.TryGetProperty("cna", out var cna) && cna.ValueKind == JsonValueKind.Object)
            {
                ReadContainer(cna, "/containers/cna", recordId, assessments, diagnostics);
            }

            if (containers.TryGetProperty("adp", out var adp) && adp.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var container in adp.EnumerateArray())
                {
                    if (container.ValueKind == JsonValueKind.Object)
                    {
                        ReadContainer(container, JsonInput.Pointer("/containers/adp", i), recordId, assessments, diagnostics);
                    }

                    i++;
                }
            }

            return new CveSsvcReadResult(assessments, diagnostics);
        }
    }

    /// <summary>Reads a CVE record from a stream of UTF-8 JSON; never throws on bad input (I/O errors still throw).</summary>
    public static CveSsvcReadResult Read(Stream utf8Json) => Read(JsonInput.ReadAll(utf8Json));

    private static void ReadContainer(JsonElement container, string at, string? recordId, List<CveSsvcAssessment> assessments, List<JsonDiagnostic> diagnostics)
    {
        if (!container.TryGetProperty("metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var provider = container.TryGetProperty("providerMetadata", out var providerMetadata) && providerMetadata.ValueKind == JsonValueKind.Object
            ? Text(providerMetadata, "shortName")
            : null;
        var m = 0;
        foreach (var metric in metrics.EnumerateArray())
        {
            var otherAt = JsonInput.Pointer(at, "metrics") + "/" + m.ToString(CultureInfo.InvariantCulture) + "/other";
            m++;
            if (metric.ValueKind != JsonValueKind.Object || !metric.TryGetProperty("other", out var other) || other.ValueKind != JsonValueKind.Object
                || !string.Equals(Text(other, "type"), "ssvc", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var problem = ReadAssessment(other, otherAt, recordId, provider, out var assessment);
            if (assessment is not null)
            {
                assessments.Add(assessment);
            }
            else
            {
                diagnostics.Add(problem);
            }
        }
    }

    private static JsonDiagnostic ReadAssessment(JsonElement other, string at, string? recordId, string? provider, out CveSsvcAssessment? assessment)
    {
        assessment = null;
        var contentAt = at + "/content";
        if (!other.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object)
        {
            return new JsonDiagnostic(contentAt, "an SSVC metric's content must be an object");
        }

        DateTimeOffset? timestamp = null;
        if (Text(content, "timestamp") is { } written)
        {
            if (!DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return new JsonDiagnostic(contentAt + "/timestamp", $"'{written}' is not a date and time");
            }

            timestamp = parsed;
        }

        var optionsAt = contentAt + "/options";
        if (!content.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return new JsonDiagnostic(optionsAt, "an SSVC metric lists its decision point values in an options array");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        var i = 0;
        foreach (var option in options.EnumerateArray())
        {
            var optionAt = JsonInput.Pointer(optionsAt, i++);
            var members = option.ValueKind == JsonValueKind.Object ? option.EnumerateObject().ToList() : [];
            if (members is not [var only] || only.Value.ValueKind != JsonValueKind.String)
            {
                return new JsonDiagnostic(optionAt, "each option is an object with one decision point name and its value as a string, e.g. {\"Automatable\": \"no\"}");
            }

            pairs.Add(new KeyValuePair<string, string>(only.Name, only.Value.GetString()!));
        }

        assessment = new CveSsvcAssessment(at, Text(content, "id") ?? recordId, provider, Text(content, "role"), Text(content, "version"), timestamp, pairs);
        return default;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
