using System.CommandLine;
using System.Globalization;
using Clearinghouse.Contracts.Exposure;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary><c>exposure figures</c>: the clearinghouse's aggregate exposure figures, by sector and by state, with suppressed cells shown as such.</summary>
public static class ExposureFiguresCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("figures", "Exposures by sector and state, overdue counts, median days to remediate; groups of fewer than k organizations are suppressed.");
        command.SetAction(async (parse, ct) =>
            await Remote.RunAsync(console, parse, c => c.GetAsync<ExposureFiguresView>("/api/exposure/figures", ct), (ansi, figures) =>
            {
                ansi.WriteLine(string.Create(CultureInfo.InvariantCulture, $"As of {figures.AsOf:yyyy-MM-dd}; a figure fewer than {figures.MinimumOrganizations} organizations stand behind is suppressed."));
                foreach (var (title, rows) in new[] { ("Overall", (IReadOnlyList<FigureRow>)[figures.Overall]), ("By sector", figures.BySector), ("By state", figures.ByState) })
                {
                    var table = new Table().Title(title).AddColumns("Group", "Organizations", "Open", "Overdue", "Remediated", "Median days to remediate");
                    foreach (var row in rows)
                    {
                        table.AddRow(Markup.Escape(row.Group), Cell(row.Organizations), Cell(row.OpenExposures), Cell(row.OverdueExposures), Cell(row.RemediatedExposures), Cell(row.MedianDaysToRemediate));
                    }

                    ansi.Write(table);
                }
            }));
        return command;
    }

    private static string Cell(Figure figure) =>
        figure.Suppressed ? "suppressed" : figure.Value is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) : "-";
}
