using System.CommandLine;
using System.Text;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Findings;
using Clearinghouse.Standards.Conversions;
using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.CveJson;
using Clearinghouse.Standards.Formats;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>convert --to FORMAT FILE</c>: converts between the exchange formats where a mapping makes sense (one table below),
/// writing the result to standard output and naming on standard error what the target format cannot carry. Exit 0
/// converted, 2 bad input or no mapping.
/// </summary>
public static class ConvertCommand
{
    private sealed record Inputs(FileInfo File, ReadOnlyMemory<byte> Bytes, string? Target, string? Commit, string Publisher, string PublisherNamespace, string AssignerOrgId);

    private sealed record Mapping(string From, string To, Func<Inputs, Stream, CliConsole, Task<int>> Run);

    private static readonly Mapping[] Mappings =
    [
        new("CVE JSON 5", "osv", (input, output, console) => Write(console, CveRecord.Parse(input.Bytes) is { Value: { } cve } ? CveToOsv.Convert(cve) : null, "CVE JSON 5 record", output, (r, s) => Text(s, r.ToJson(indented: true)))),
        new("OSV", "cve", (input, output, console) => Write(console, ReadOsv(input, console) is { } osv ? OsvToCve.Convert(osv, input.AssignerOrgId) : null, "OSV record", output, (r, s) => Text(s, r.ToJson(indented: true)))),
        new("OSV", "csaf", (input, output, console) => Write(console, ReadOsv(input, console) is { } osv ? OsvToCsaf.Convert(osv, Publisher(input)) : null, "OSV record", output, (r, s) => CsafWriter.Write(r, s))),
        new("SARIF", "finding", SarifToFindings),
    ];

    public static Command Build(CliConsole console)
    {
        var to = new Option<string>("--to") { Description = "The format to write: " + string.Join(", ", Mappings.Select(m => m.To).Distinct()) + ".", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "The file to convert (its format is recognised from its content)." };
        var target = new Option<string>("--target") { Description = "SARIF to finding: what was scanned, a purl with version (pkg:npm/x@1.2.3), a repository URL, or a product name." };
        var commit = new Option<string>("--commit") { Description = "SARIF to finding: the repository commit that was scanned." };
        var publisher = new Option<string>("--publisher") { Description = "OSV to CSAF: the publisher's name.", DefaultValueFactory = _ => "Clearinghouse" };
        var publisherNamespace = new Option<string>("--publisher-namespace") { Description = "OSV to CSAF: the publisher's namespace URL.", DefaultValueFactory = _ => "https://clearinghouse.invalid" };
        var assigner = new Option<string>("--assigner-org-id") { Description = "OSV to CVE: the CNA's organization UUID (default: the nil UUID, a draft).", DefaultValueFactory = _ => OsvToCve.UnassignedOrgId };
        var command = new Command("convert", "Convert a file between exchange formats: " + string.Join(", ", Mappings.Select(m => $"{m.From} to {m.To}")) + "; the result goes to standard output.")
        {
            to, file, target, commit, publisher, publisherNamespace, assigner,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return ExitCodes.Usage;
            }

            var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            var format = ExchangeFormat.Detect(bytes, path.Name, out var whyNot);
            if (format is null)
            {
                await console.Error.WriteLineAsync($"{path.Name}: {whyNot}");
                return ExitCodes.Usage;
            }

            var from = format == ExchangeFormat.OsvYaml ? "OSV" : format.Name;
            var wanted = parse.GetValue(to)!.ToLowerInvariant();
            var mapping = Mappings.FirstOrDefault(m => m.From == from && m.To == wanted);
            if (mapping is null)
            {
                await console.Error.WriteLineAsync($"No conversion from {from} to '{wanted}'. Conversions: {string.Join(", ", Mappings.Select(m => $"{m.From} to {m.To}"))}.");
                return ExitCodes.Usage;
            }

            var inputs = new Inputs(path, bytes, parse.GetValue(target), parse.GetValue(commit), parse.GetValue(publisher)!, parse.GetValue(publisherNamespace)!, parse.GetValue(assigner)!);
            await using var output = new MemoryStream();
            var code = await mapping.Run(inputs, output, console);
            if (code == ExitCodes.Ok)
            {
                await console.Output.WriteAsync(Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length));
                await console.Output.WriteLineAsync();
            }

            return code;
        });
        return command;
    }

    private static async Task<int> Write<T>(CliConsole console, JsonLoadResult<T>? result, string what, Stream output, Action<T, Stream> write)
        where T : class
    {
        if (result is null)
        {
            return ExitCodes.Usage;
        }

        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync($"The {what} cannot be converted: {string.Join("; ", result.Diagnostics)}");
            return ExitCodes.Usage;
        }

        write(result.Value, output);
        foreach (var left in result.Diagnostics)
        {
            await console.Error.WriteLineAsync($"left out: {left}");
        }

        return ExitCodes.Ok;
    }

    private static OsvRecord? ReadOsv(Inputs input, CliConsole console)
    {
        if (!OsvFile.TryRead(input.File, input.Bytes, out var record, out var diagnostics))
        {
            console.Error.WriteLine($"{input.File.Name} is not an OSV record: {string.Join("; ", diagnostics)}");
        }

        return record;
    }

    private static CsafPublisher Publisher(Inputs input) =>
        new() { Category = CsafPublisherCategory.Coordinator, Name = input.Publisher, Namespace = input.PublisherNamespace };

    private static void Text(Stream output, string text) => output.Write(Encoding.UTF8.GetBytes(text));

    private static async Task<int> SarifToFindings(Inputs input, Stream output, CliConsole console)
    {
        if (FindingTargets.Parse(input.Target, input.Commit, out var target) is { } problem)
        {
            await console.Error.WriteLineAsync(problem);
            return ExitCodes.Usage;
        }

        var diagnostics = new List<JsonDiagnostic>();
        var findings = SarifFindings.Read(() => new MemoryStream(input.Bytes.ToArray(), writable: false), target!, null, diagnostics).ToList();
        if (diagnostics.Count > 0)
        {
            await console.Error.WriteLineAsync($"{input.File.Name} is not a valid SARIF log: {string.Join("; ", diagnostics)}");
            return ExitCodes.Usage;
        }

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            JsonSerializer.Serialize(writer, finding, ContractJson.Options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
        return ExitCodes.Ok;
    }
}
