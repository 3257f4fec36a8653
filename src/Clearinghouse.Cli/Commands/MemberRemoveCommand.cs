using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class MemberRemoveCommand
{
    public static Command Build(CliConsole console)
    {
        var member = WireValue.Id("member-id", "The member.");
        var command = new Command("remove", "Remove a member from its organization and revoke its tokens.") { member };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.DeleteAsync<MemberView>($"/api/members/{parse.GetValue(member)}", ct)));
        return command;
    }
}
