using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgLeaveCommand
{
    public static Command Build(CliConsole console)
    {
        var id = WireValue.Id("organization-id", "The organization's id.");
        var yes = new Option<bool>("--yes") { Description = "Confirm: every token of the organization's members stops working at once." };
        var command = new Command("leave", "Withdraw the organization from the clearinghouse (export its data first with `org export`).") { id, yes };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(yes))
            {
                await console.Error.WriteLineAsync("Leaving revokes every token of the organization's members at once; pass --yes to confirm.");
                return ExitCodes.Usage;
            }

            return await Remote.RunAsync(console, parse, c => c.PostAsync<OrganizationView>($"/api/organizations/{parse.GetValue(id)}/leave", null, ct));
        });
        return command;
    }
}
