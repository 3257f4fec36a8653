using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace Clearinghouse.Cli.Commands;

public static class ServeCommand
{
    public static Command Build(CliConsole console)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen; semicolon-separated URLs (default: CLEARINGHOUSE_URLS, else ASPNETCORE_URLS, else {Remote.DefaultServer}).",
        };
        var command = new Command("serve", "Run the clearinghouse server (SQLite under ./data/ unless --database says otherwise); migrates the database first.")
        {
            CliOptions.Database, urls,
        };
        command.SetAction(async (parse, ct) =>
        {
            var listen = parse.GetValue(urls) ?? console.Environment("CLEARINGHOUSE_URLS") ?? console.Environment("ASPNETCORE_URLS") ?? Remote.DefaultServer;
            var args = new List<string> { "--urls", listen };
            if (parse.GetValue(CliOptions.Database) is { } database)
            {
                args.AddRange(["--Database", database]);
            }

            var app = Clearinghouse.Server.ClearinghouseServer.CreateApp([.. args], contentRoot: AppContext.BaseDirectory);
            await console.Error.WriteLineAsync($"Clearinghouse listening on {listen} (Ctrl+C to stop)");
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
