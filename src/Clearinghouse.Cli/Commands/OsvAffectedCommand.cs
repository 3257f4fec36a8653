using System.CommandLine;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>osv affected --record FILE PURL@VERSION</c>: whether the version is affected by the OSV record, and the range and
/// event that decided it. Exit 0 affected, 1 not affected (or not evaluable), 2 bad input.
/// </summary>
public static class OsvAffectedCommand
{
    public sealed record Answer(string Package, string Ecosystem, string Name, string Version, string Outcome, string? Range, string? Event, IReadOnlyList<string> Unevaluated);

    public static Command Build(CliConsole console)
    {
        var record = new Option<FileInfo>("--record") { Description = "An OSV record, JSON or YAML.", Required = true };
        var package = new Argument<string>("purl") { Description = "The package and version as a package URL, e.g. pkg:pypi/django@4.2.1." };
        var command = new Command("affected", "Whether a package version is affected by an OSV record, and which range decided it (exit 0 affected, 1 not, 2 bad input).")
        {
            record, package,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!PackageUrl.TryParse(parse.GetValue(package), out var purl, out var purlError))
            {
                await console.Error.WriteLineAsync($"Not a package URL: at position {purlError.Position}: {purlError.Reason}.");
                return ExitCodes.Usage;
            }

            if (purl!.Version is null)
            {
                await console.Error.WriteLineAsync("The package URL needs a version: pkg:TYPE/NAME@VERSION.");
                return ExitCodes.Usage;
            }

            if (!OsvEcosystems.TryFromPurl(purl, out var ecosystem, out var name))
            {
                await console.Error.WriteLineAsync($"OSV has no ecosystem for purl type '{purl.Type}'; known: {string.Join(", ", OsvEcosystems.PurlTypes.Order(StringComparer.Ordinal))}.");
                return ExitCodes.Usage;
            }

            var file = parse.GetValue(record)!;
            if (!file.Exists)
            {
                await console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return ExitCodes.Usage;
            }

            var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
            if (!OsvFile.TryRead(file, bytes, out var osv, out var diagnostics))
            {
                await console.Error.WriteLineAsync($"{file.Name} is not an OSV record: {string.Join("; ", diagnostics)}");
                return ExitCodes.Usage;
            }

            var evaluation = osv.Evaluate(ecosystem, name, purl.Version);
            var answer = new Answer(purl.ToString(), ecosystem, name, purl.Version, evaluation.Outcome switch
                {
                    OsvOutcome.Affected => "affected",
                    OsvOutcome.NotAffected => "not-affected",
                    _ => "not-evaluable",
                },
                evaluation.Range is { } range ? $"{range.TypeName} " + string.Join(", ", range.Events.Select(e => $"{e.Kind} {e.Version}")) : evaluation.Affected is not null ? "versions list" : null,
                evaluation.Event is { } decided ? $"{decided.Kind} {decided.Version}" : null,
                [.. evaluation.Unevaluated.Select(u => u.ToString())]);
            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, answer);
            }
            else
            {
                await console.Output.WriteLineAsync($"{osv.Id}: {name} {purl.Version} ({ecosystem}) is {answer.Outcome.Replace('-', ' ')}"
                    + (answer.Range is null ? "" : $", decided by {answer.Range}") + (answer.Event is null ? "" : $" ({answer.Event})"));
                foreach (var reason in answer.Unevaluated)
                {
                    await console.Output.WriteLineAsync($"  not evaluated: {reason}");
                }
            }

            return evaluation.Outcome == OsvOutcome.Affected ? ExitCodes.Ok : ExitCodes.No;
        });
        return command;
    }
}
