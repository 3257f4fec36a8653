using System.CommandLine;
using System.Data.Common;
using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Commands;

/// <summary>For the admin verbs that run on the server's own machine: open its database from --database or CLEARINGHOUSE_DATABASE.</summary>
public static class LocalDatabase
{
    public static async Task<int> RunAsync(CliConsole console, ParseResult parse, Func<ClearinghouseDb, DatabaseTarget, Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(work);
        var setting = parse.GetValue(CliOptions.Database) ?? console.Environment("CLEARINGHOUSE_DATABASE");
        if (!DatabaseTarget.TryParse(setting, out var target, out var error))
        {
            await console.Error.WriteLineAsync(error);
            return ExitCodes.Usage;
        }

        try
        {
            await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
            return await work(db, target);
        }
        catch (DbException e)
        {
            await console.Error.WriteLineAsync($"The database ({target.Describe()}) failed: {e.Message}");
            return ExitCodes.ServerOrNetwork;
        }
        catch (InvalidOperationException e) when (e.InnerException is DbException || e.Message.Contains("migration", StringComparison.OrdinalIgnoreCase))
        {
            await console.Error.WriteLineAsync($"The database ({target.Describe()}) failed: {e.Message}");
            return ExitCodes.ServerOrNetwork;
        }
    }
}
