using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgListCommand
{
    public static Command Build(CliConsole console)
    {
        var kind = new Option<string?>("--kind") { Description = "Only organizations of this kind." };
        var includeLeft = new Option<bool>("--include-left") { Description = "Also list organizations that have left." };
        var command = new Command("list", "List the organizations visible to you.") { kind, includeLeft };
        command.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParseOptional<OrganizationKind>(parse.GetValue(kind), out _, out var error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var query = new List<string>();
            if (parse.GetValue(kind) is { } k)
            {
                query.Add("kind=" + Uri.EscapeDataString(k));
            }

            if (parse.GetValue(includeLeft))
            {
                query.Add("includeLeft=true");
            }

            var path = "/api/organizations" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            return await Remote.RunAsync(console, parse, c => c.GetAsync<List<OrganizationView>>(path, ct));
        });
        return command;
    }
}
