using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class TokenIssueCommand
{
    public static Command Build(CliConsole console)
    {
        var member = WireValue.Id("member-id", "The member the token acts for.");
        var name = new Option<string>("--name") { Description = "What the token is for (a machine, a script).", Required = true };
        var days = new Option<int?>("--expires-in-days") { Description = "Lifetime in days, 1 to 366 (default 90)." };
        var command = new Command("issue", "Issue an API token; the secret is printed once.") { member, name, days };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse,
            c => c.PostAsync<IssuedTokenView>($"/api/members/{parse.GetValue(member)}/tokens",
                new IssueTokenRequest { Name = parse.GetValue(name)!, ExpiresInDays = parse.GetValue(days) }, ct),
            (ansi, issued) =>
            {
                Render.Value(ansi, issued.Token);
                console.Output.WriteLine();
                console.Output.WriteLine("Token, shown this once (only its hash is kept):");
                console.Output.WriteLine(issued.Secret);
            }));
        return command;
    }
}
