using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class TokenRevokeCommand
{
    public static Command Build(CliConsole console)
    {
        var token = WireValue.Id("token-id", "The token's id (not its secret).");
        var command = new Command("revoke", "Revoke a token at once.") { token };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.DeleteAsync<TokenView>($"/api/tokens/{parse.GetValue(token)}", ct)));
        return command;
    }
}
