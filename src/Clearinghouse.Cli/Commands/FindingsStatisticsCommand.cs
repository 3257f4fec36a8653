using System.CommandLine;
using Clearinghouse.Contracts.Findings;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary><c>findings statistics [--organization ID]</c>: how a reporter's findings fared, overall and per tool and model.</summary>
public static class FindingsStatisticsCommand
{
    public static Command Build(CliConsole console)
    {
        var organization = new Option<Guid?>("--organization") { Description = "The reporting organization (clearinghouse staff); your own unless given." };
        var command = new Command("statistics", "How your findings fared: validated, invalid, not reproducible, duplicates, pending, and a quality score.") { organization };
        command.SetAction(async (parse, ct) =>
        {
            var path = "/api/findings/statistics" + (parse.GetValue(organization) is { } id ? "?organizationId=" + id : "");
            return await Remote.RunAsync(console, parse, c => c.GetAsync<ReporterStatistics>(path, ct), (ansi, stats) =>
            {
                var o = stats.Overall;
                ansi.WriteLine($"{o.Findings} finding(s): {o.Validated} validated, {o.RejectedInvalid} invalid, {o.NotReproducible} not reproducible, {o.Duplicates} duplicate(s), {o.Pending} pending; quality {o.QualityScore:0.000}");
                if (stats.Standing.Poor)
                {
                    ansi.WriteLine($"Poor standing: {stats.Standing.Reason}; at most {stats.Standing.FindingsPerDay} findings in 24 hours ({stats.Standing.FindingsLastDay} used), and new cases wait for an analyst.");
                }

                Render.Table(ansi, [.. stats.ByTool.Select(t => new { t.Tool, t.Model, t.Counts.Findings, t.Counts.Validated, t.Counts.RejectedInvalid, t.Counts.NotReproducible, t.Counts.Duplicates, t.Counts.QualityScore })]);
            });
        });
        return command;
    }
}
