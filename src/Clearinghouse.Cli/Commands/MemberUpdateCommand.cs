using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class MemberUpdateCommand
{
    public static Command Build(CliConsole console)
    {
        var member = WireValue.Id("member-id", "The member.");
        var name = new Option<string?>("--name") { Description = "A new name." };
        var role = new Option<string?>("--role") { Description = "A new role: admin, analyst, submitter or viewer." };
        var command = new Command("update", "Change a member's name or role.") { member, name, role };
        command.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParseOptional<MemberRole>(parse.GetValue(role), out var r, out var error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var request = new UpdateMemberRequest { DisplayName = parse.GetValue(name), Role = r };
            return await Remote.RunAsync(console, parse, c => c.PatchAsync<MemberView>($"/api/members/{parse.GetValue(member)}", request, ct));
        });
        return command;
    }
}
