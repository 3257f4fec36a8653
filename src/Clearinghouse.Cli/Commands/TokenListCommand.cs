using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class TokenListCommand
{
    public static Command Build(CliConsole console)
    {
        var member = WireValue.Id("member-id", "The member.");
        var command = new Command("list", "List a member's tokens (never their secrets).") { member };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.GetAsync<List<TokenView>>($"/api/members/{parse.GetValue(member)}/tokens", ct)));
        return command;
    }
}
