using System.CommandLine;

namespace Clearinghouse.Cli;

/// <summary>The options many verbs share, declared once.</summary>
public static class CliOptions
{
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables.",
        Recursive = true,
    };

    public static readonly Option<string?> Server = new("--server")
    {
        Description = "The clearinghouse server's URL (default: CLEARINGHOUSE_SERVER, else http://127.0.0.1:5080).",
        Recursive = true,
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "An API token (default: CLEARINGHOUSE_TOKEN).",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--database")
    {
        Description = "The database: a SQLite file path or 'Data Source=...', or a PostgreSQL URI or 'Host=...' connection string "
            + "(default: CLEARINGHOUSE_DATABASE, else ./data/clearinghouse.db).",
    };
}
