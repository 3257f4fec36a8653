using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// Writes a large SARIF 2.1.0 log for the findings intake benchmark (issue 5) out of the real results of a few logs in
/// the shared data, never copied into the repository. Each sample log becomes one run (its tool, rules, taxonomies and
/// artifacts kept); every generated result is a real result of that run with its file moved under a generated module
/// folder, its lines shifted, the rule of another real result of the run, its fingerprints made unique and a guid of its
/// own. A set share of results are exact copies (the same JSON, guid included) of an earlier result of the same run.
/// The same seed gives the same bytes.
/// </summary>
public static class SarifGenerator
{
    /// <summary>Relative to the shared data folder: CodeQL (two exports of WebGoat) and Semgrep OSS.</summary>
    public static readonly string[] Samples =
    [
        "sarif/pixee-codemodder-java/core-codemods/src/test/resources/webgoat_v8.2.2_codeql.sarif",
        "sarif/pixee-codemodder-java/core-codemods/src/test/resources/webgoat_v2023.8_from_ghas_06_2024.sarif",
        "sarif/pixee-codemodder-java/core-codemods/src/test/resources/semgrep-sql-injection/out.sarif",
    ];

    private static readonly string[] RuleFields = ["ruleId", "ruleIndex", "rule"];

    public sealed record Summary(int Results, int Duplicates, long Bytes, IReadOnlyList<string> Sources);

    public static Summary Write(string dataFolder, string output, int count, int seed, double duplicateShare)
    {
        var random = new Random(seed);
        var runs = Samples.Select(s => LoadRun(Path.Combine(dataFolder, s))).ToList();
        var duplicates = 0;
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            for (var r = 0; r < runs.Count; r++)
            {
                var (run, results) = runs[r];
                var share = count / runs.Count + (r < count % runs.Count ? 1 : 0);
                writer.WriteStartObject();
                foreach (var (name, value) in run)
                {
                    writer.WritePropertyName(name);
                    if (value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        value.WriteTo(writer);
                    }
                }

                writer.WriteStartArray("results");
                var written = new List<byte[]>(share);
                var duplicatesDue = 0.0;
                for (var i = 0; i < share; i++)
                {
                    duplicatesDue += duplicateShare;
                    if (written.Count > 0 && duplicatesDue >= 1)
                    {
                        duplicatesDue -= 1;
                        writer.WriteRawValue(written[random.Next(written.Count)], skipInputValidation: true);
                        duplicates++;
                        continue;
                    }

                    var bytes = JsonSerializer.SerializeToUtf8Bytes(Vary(results, random, written.Count));
                    written.Add(bytes);
                    writer.WriteRawValue(bytes, skipInputValidation: true);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.Flush();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return new Summary(count, duplicates, new FileInfo(output).Length, Samples);
    }

    private static (JsonObject Run, JsonObject[] Results) LoadRun(string path)
    {
        var log = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        var run = log["runs"]![0]!.AsObject();
        var results = run["results"]!.AsArray().Select(r => r!.AsObject()).ToArray();
        run.Remove("results");
        return (run, results);
    }

    private static JsonObject Vary(JsonObject[] results, Random random, int serial)
    {
        var result = results[random.Next(results.Length)].DeepClone().AsObject();
        var ruleDonor = results[random.Next(results.Length)];
        foreach (var field in RuleFields)
        {
            result.Remove(field);
            if (ruleDonor[field] is { } value)
            {
                result[field] = value.DeepClone();
            }
        }

        var module = $"generated/module-{random.Next(1000):D3}/";
        var shift = random.Next(0, 2000);
        foreach (var location in result["locations"]?.AsArray() ?? [])
        {
            if (location?["physicalLocation"] is JsonObject physical)
            {
                if (physical["artifactLocation"] is JsonObject artifact && artifact["uri"] is { } uri)
                {
                    artifact["uri"] = module + uri.GetValue<string>();
                }

                if (physical["region"] is JsonObject region)
                {
                    foreach (var line in new[] { "startLine", "endLine" })
                    {
                        if (region[line] is { } value)
                        {
                            region[line] = value.GetValue<int>() + shift;
                        }
                    }
                }
            }
        }

        foreach (var set in new[] { "fingerprints", "partialFingerprints" })
        {
            if (result[set] is JsonObject prints)
            {
                foreach (var key in prints.Select(p => p.Key).ToList())
                {
                    prints[key] = prints[key]!.GetValue<string>() + "/" + serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        var guid = new byte[16];
        random.NextBytes(guid);
        result["guid"] = new Guid(guid).ToString();
        result.Remove("correlationGuid");
        return result;
    }
}
