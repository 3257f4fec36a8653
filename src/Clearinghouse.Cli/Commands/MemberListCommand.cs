using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class MemberListCommand
{
    public static Command Build(CliConsole console)
    {
        var organization = WireValue.Id("organization-id", "The organization.");
        var includeRemoved = new Option<bool>("--include-removed") { Description = "Also list removed members." };
        var command = new Command("list", "List an organization's members.") { organization, includeRemoved };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.GetAsync<List<MemberView>>(
            $"/api/organizations/{parse.GetValue(organization)}/members" + (parse.GetValue(includeRemoved) ? "?includeRemoved=true" : ""), ct)));
        return command;
    }
}
