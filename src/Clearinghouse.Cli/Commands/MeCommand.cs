using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class MeCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("me", "Show who the token belongs to.");
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse, c => c.GetAsync<WhoAmIView>("/api/me", ct)));
        return command;
    }
}
