using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class MemberAddCommand
{
    public static Command Build(CliConsole console)
    {
        var organization = WireValue.Id("organization-id", "The organization to add the member to.");
        var name = new Option<string>("--name") { Description = "The member's name.", Required = true };
        var email = new Option<string>("--email") { Description = "The member's e-mail address.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, analyst, submitter or viewer.", Required = true };
        var command = new Command("add", "Add a member to an organization.") { organization, name, email, role };
        command.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParse<MemberRole>(parse.GetValue(role), out var r, out var error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var request = new AddMemberRequest { DisplayName = parse.GetValue(name)!, Email = parse.GetValue(email)!, Role = r };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<MemberView>($"/api/organizations/{parse.GetValue(organization)}/members", request, ct));
        });
        return command;
    }
}
