using System.CommandLine;
using System.Globalization;
using Clearinghouse.Contracts.Scans;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>scans check --campaign ID TARGET [--at INSTANT]</c>: a scanner's check-in before a job. Exit 0 when cleared, 1 when
/// not (with the reasons), so a script can run <c>clearinghouse scans check ... &amp;&amp; scan TARGET</c>.
/// </summary>
public static class ScansCheckCommand
{
    public static Command Build(CliConsole console)
    {
        var campaign = new Option<Guid>("--campaign") { Description = "Your registered campaign.", Required = true };
        var target = new Argument<string>("target") { Description = "What the job is about to scan: an address, range, host, repository or package." };
        var at = new Option<DateTimeOffset?>("--at") { Description = "The instant to ask about (ISO 8601); now unless given." };
        var command = new Command("check", "Am I cleared to scan this target now? Exit 0 cleared, 1 not cleared.") { target, campaign, at };
        command.SetAction(async (parse, ct) =>
        {
            var path = $"/api/scans/check?campaign={parse.GetValue(campaign)}&target={Uri.EscapeDataString(parse.GetValue(target)!)}"
                + (parse.GetValue(at) is { } instant ? "&at=" + Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture)) : "");
            var cleared = true;
            var code = await Remote.RunAsync(console, parse, c => c.GetAsync<ClearanceView>(path, ct), (ansi, answer) =>
            {
                cleared = answer.Cleared;
                if (parse.GetValue(CliOptions.Json))
                {
                    Render.WriteJson(console, answer);
                    return;
                }

                ansi.WriteLine(answer.Cleared ? $"Cleared: {answer.Target} at {answer.At:u}." : $"Not cleared: {answer.Target} at {answer.At:u}.");
                foreach (var reason in answer.Reasons)
                {
                    ansi.WriteLine("  " + reason);
                }
            }, renderHandlesJson: true);
            return code == ExitCodes.Ok && !cleared ? ExitCodes.No : code;
        });
        return command;
    }
}
