using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clearinghouse.Storage;

/// <summary>
/// Which database the clearinghouse uses, read from one setting (<c>--database</c> or <c>CLEARINGHOUSE_DATABASE</c>).
/// Empty means the embedded default, a SQLite file at <c>./data/clearinghouse.db</c>. A PostgreSQL URI
/// (<c>postgres://</c>, <c>postgresql://</c>) or a connection string with <c>Host=</c> selects PostgreSQL;
/// <c>Data Source=...</c> or a file path selects SQLite.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/clearinghouse.db";

    public static bool TryParse(string? setting, [NotNullWhen(true)] out DatabaseTarget? target, out string? error)
    {
        target = null;
        error = null;
        var text = setting?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            text = DefaultSqlitePath;
        }

        try
        {
            if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                target = new DatabaseTarget(DatabaseProvider.Postgres, FromPostgresUri(new Uri(text)));
                return true;
            }

            if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            {
                target = new DatabaseTarget(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(text).ConnectionString);
                return true;
            }

            var sqlite = text.Contains('=', StringComparison.Ordinal)
                ? new SqliteConnectionStringBuilder(text)
                : new SqliteConnectionStringBuilder { DataSource = text };
            if (string.IsNullOrEmpty(sqlite.DataSource))
            {
                error = "The SQLite connection string names no Data Source.";
                return false;
            }

            sqlite.ForeignKeys = true;
            target = new DatabaseTarget(DatabaseProvider.Sqlite, sqlite.ConnectionString);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            error = $"Not a database setting the clearinghouse understands: {e.Message}";
            return false;
        }
    }

    /// <summary>The file a SQLite target lives in, or null for PostgreSQL and in-memory SQLite.</summary>
    public string? SqliteFile =>
        Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(ConnectionString) is { Mode: not SqliteOpenMode.Memory, DataSource: var file } && file != ":memory:"
            ? file
            : null;

    public override string ToString() => Describe();

    /// <summary>What may be printed about the target: the connection string without its password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => "postgres " + new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString,
        _ => "sqlite " + (SqliteFile is { } f ? Path.GetFullPath(f) : ConnectionString),
    };

    private static string FromPostgresUri(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }
}
