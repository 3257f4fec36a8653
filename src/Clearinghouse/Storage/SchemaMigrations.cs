using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Storage;

/// <summary>One migration: a numbered SQL file for one provider (Storage/Migrations/&lt;provider&gt;/NNNN_name.sql).</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}

/// <summary>What <see cref="SchemaMigrations.ApplyAsync"/> did.</summary>
public sealed record MigrationReport(IReadOnlyList<int> Applied, int CurrentVersion);

/// <summary>
/// Applies the versioned SQL migrations (docs/adr/001-storage-and-migrations.md). Each file runs in its own transaction
/// with its row in <c>schema_migrations</c>; an applied file whose text has since changed stops the run, because the
/// database no longer matches what the code says it is. Concurrent starts on PostgreSQL wait on an advisory lock.
/// </summary>
public static class SchemaMigrations
{
    private const long PostgresMigrationLock = 0x4348_4D49_4752_4154;

    public static IReadOnlyList<SchemaMigration> For(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";
        var assembly = typeof(SchemaMigrations).Assembly;
        var prefix = $"migrations/{folder}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToList();
    }

    public static int LatestVersion(DatabaseProvider provider) => For(provider)[^1].Version;

    public static async Task<MigrationReport> ApplyAsync(ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider == DatabaseProvider.Sqlite && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await Execute(connection, null, $"SELECT pg_advisory_lock({PostgresMigrationLock})", ct);
            }
            else
            {
                // WAL lets readers go on while one writer commits; it is a property of the file, set once.
                await Execute(connection, null, "PRAGMA journal_mode=WAL", ct);
            }

            try
            {
                return await ApplyPendingAsync(db, connection, ct);
            }
            finally
            {
                if (db.Provider == DatabaseProvider.Postgres)
                {
                    await Execute(connection, null, $"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The highest applied version, or 0 for an empty database.</summary>
    public static async Task<int> CurrentVersionAsync(ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (!await TableExistsAsync(db, connection, ct))
            {
                return 0;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<MigrationReport> ApplyPendingAsync(ClearinghouseDb db, DbConnection connection, CancellationToken ct)
    {
        var instantType = db.Provider == DatabaseProvider.Postgres ? "timestamptz" : "TEXT";
        await Execute(connection, null,
            $"CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at {instantType} NOT NULL)", ct);

        var applied = new Dictionary<int, (string Name, string Checksum)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT version, name, checksum FROM schema_migrations ORDER BY version";
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        var known = For(db.Provider);
        foreach (var (version, row) in applied)
        {
            var migration = known.FirstOrDefault(m => m.Version == version)
                ?? throw new InvalidOperationException($"The database has migration {version} ({row.Name}), which this build does not know: it was written by a newer version of the clearinghouse.");
            if (migration.Checksum != row.Checksum)
            {
                throw new InvalidOperationException($"Migration {version} ({row.Name}) was changed after it was applied; the database no longer matches the code. Restore the original file.");
            }
        }

        var done = new List<int>();
        foreach (var migration in known.Where(m => !applied.ContainsKey(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await Execute(connection, transaction, migration.Sql, ct);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied)";
                AddParameter(record, "version", migration.Version);
                AddParameter(record, "name", migration.Name);
                AddParameter(record, "checksum", migration.Checksum);
                AddParameter(record, "applied", db.Provider == DatabaseProvider.Postgres ? db.Clock.Now() : db.Clock.Now().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
            done.Add(migration.Version);
        }

        return new MigrationReport(done, known.Count == 0 ? 0 : known[^1].Version);
    }

    private static async Task<bool> TableExistsAsync(ClearinghouseDb db, DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = db.Provider == DatabaseProvider.Postgres
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static SchemaMigration Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        return new SchemaMigration(int.Parse(fileName[..separator], CultureInfo.InvariantCulture), fileName[(separator + 1)..], reader.ReadToEnd().ReplaceLineEndings("\n"));
    }
}
