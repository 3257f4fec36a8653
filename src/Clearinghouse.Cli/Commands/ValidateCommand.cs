using System.CommandLine;
using Clearinghouse.Standards.Formats;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>validate FILE...</c>: recognises each file's format (CycloneDX, SPDX, CSAF, CVE JSON 5, SARIF, OSV JSON or YAML)
/// and reports its problems with their locations. Exit 0 when every file is valid, 1 otherwise, 2 when a file cannot be read.
/// </summary>
public static class ValidateCommand
{
    public sealed record FileReport(string File, string? Format, bool Valid, IReadOnlyList<string> Problems);

    public static Command Build(CliConsole console)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Recognise each file's exchange format and report its problems with their locations (exit 0 all valid, 1 otherwise).")
        {
            files,
        };
        command.SetAction(async (parse, ct) =>
        {
            var reports = new List<FileReport>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    await console.Error.WriteLineAsync($"No such file: {file.FullName}");
                    return ExitCodes.Usage;
                }

                var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
                var format = ExchangeFormat.Detect(bytes, file.Name, out var whyNot);
                var problems = format is null ? [whyNot!.Value] : format.Check(bytes);
                reports.Add(new FileReport(file.FullName, format?.Name, format is not null && problems.Count == 0, [.. problems.Select(p => p.ToString())]));
            }

            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, reports);
            }
            else
            {
                foreach (var report in reports)
                {
                    await console.Output.WriteLineAsync($"{report.File}: {report.Format ?? "unknown format"}: {(report.Valid ? "valid" : $"{report.Problems.Count} problem(s)")}");
                    foreach (var problem in report.Problems)
                    {
                        await console.Output.WriteLineAsync($"  {problem}");
                    }
                }
            }

            return reports.All(r => r.Valid) ? ExitCodes.Ok : ExitCodes.No;
        });
        return command;
    }
}
