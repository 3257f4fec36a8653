using System.CommandLine;
using Spectre.Console;
using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Commands;

public static class MigrateCommand
{
    public sealed record MigrateResult(string Database, IReadOnlyList<int> Applied, int SchemaVersion);

    public static Command Build(CliConsole console)
    {
        var command = new Command("migrate", "Apply pending schema migrations to the database (the server also does this when it starts).") { CliOptions.Database };
        command.SetAction((parse, ct) => LocalDatabase.RunAsync(console, parse, async (db, target) =>
        {
            var report = await SchemaMigrations.ApplyAsync(db, ct);
            var result = new MigrateResult(target.Describe(), report.Applied, report.CurrentVersion);
            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, result);
            }
            else
            {
                console.Ansi.MarkupLineInterpolated($"{target.Describe()}: schema version {report.CurrentVersion} ({report.Applied.Count} migrations applied now)");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
