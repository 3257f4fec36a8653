using System.CommandLine;
using System.Globalization;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>scans who-is ADDRESS [--at INSTANT] [--asset TARGET]</c>: a defender's look-up of traffic against its own assets.
/// Exit 0 when a registered campaign explains it (with its contact), 1 when no registered scan does.
/// </summary>
public static class ScansWhoIsCommand
{
    public static Command Build(CliConsole console)
    {
        var address = new Argument<string>("address") { Description = "The source address of the traffic (IPv4 or IPv6)." };
        var at = new Option<DateTimeOffset?>("--at") { Description = "When the traffic was seen (ISO 8601); now unless given." };
        var asset = new Option<string?>("--asset") { Description = "Only campaigns touching this target within your assets; all your verified assets unless given." };
        var command = new Command("who-is", "Is traffic from this address a registered, authorized scan of your assets? Exit 0 registered, 1 not.") { address, at, asset };
        command.SetAction(async (parse, ct) =>
        {
            var path = "/api/scans/who-is?address=" + Uri.EscapeDataString(parse.GetValue(address)!)
                + (parse.GetValue(at) is { } instant ? "&at=" + Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture)) : "")
                + (parse.GetValue(asset) is { } target ? "&asset=" + Uri.EscapeDataString(target) : "");
            var registered = true;
            var code = await Remote.RunAsync(console, parse, c => c.GetAsync<WhoIsView>(path, ct), (ansi, answer) =>
            {
                registered = answer.Registered;
                if (parse.GetValue(CliOptions.Json))
                {
                    Render.WriteJson(console, answer);
                    return;
                }

                if (!answer.Registered)
                {
                    ansi.WriteLine($"No registered scan from {answer.Address} at {answer.At:u} against your assets.");
                    return;
                }

                foreach (var m in answer.Matches)
                {
                    ansi.WriteLine($"{(m.Authorized ? "Authorized" : "NOT authorized")}: campaign {m.CampaignId} \"{m.Name}\" by {m.Organization}, "
                        + $"{ContractJson.EnumName(m.Technique)}, {m.StartsAt:u} to {m.EndsAt:u}, at most {m.MaxRequestsPerSecond}/s; contact {m.Contact}");
                    ansi.WriteLine("  targets: " + string.Join(", ", m.Targets));
                    foreach (var reason in m.Reasons)
                    {
                        ansi.WriteLine("  " + reason);
                    }
                }
            }, renderHandlesJson: true);
            return code == ExitCodes.Ok && !registered ? ExitCodes.No : code;
        });
        return command;
    }
}
