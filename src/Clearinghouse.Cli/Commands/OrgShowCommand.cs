using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgShowCommand
{
    public static Command Build(CliConsole console)
    {
        var id = WireValue.Id("organization-id", "The organization's id.");
        var command = new Command("show", "Show an organization's profile.") { id };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.GetAsync<OrganizationView>($"/api/organizations/{parse.GetValue(id)}", ct)));
        return command;
    }
}
