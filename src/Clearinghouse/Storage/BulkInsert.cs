using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Clearinghouse.Storage;

/// <summary>
/// Writes many new rows of one entity type in a handful of statements, inside the context's current transaction:
/// binary COPY on PostgreSQL, multi-row INSERTs on SQLite (DESIGN.md §5: bulk loads use COPY). Tables, columns and
/// value conversions come from the EF Core model, so a row is stored exactly as SaveChanges would have stored it; the
/// rows are not tracked. Used where one request creates thousands of rows (findings intake), where SaveChanges spends
/// its time tracking entities and sending one statement per row.
/// </summary>
public static class BulkInsert
{
    // SQLite allows 32,766 parameters per statement; staying well under it keeps statements a manageable size.
    private const int SqliteParametersPerStatement = 30_000;

    public static async Task WriteAsync<T>(ClearinghouseDb db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the unit of work's transaction, so that it commits or rolls back with the rest.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();
        if (entity.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow properties, which a bulk insert cannot read.");
        }

        var started = Stopwatch.GetTimestamp();
        if (db.Provider == DatabaseProvider.Postgres)
        {
            db.BulkStatements++;
            await CopyAsync((NpgsqlConnection)transaction.Connection!, table.Name, columns, rows, ct);
        }
        else
        {
            db.BulkStatements += Insert(transaction, table.Name, columns, rows, ct);
        }

        db.BulkWritten = (db.BulkWritten.Rows + rows.Count, db.BulkWritten.Time + Stopwatch.GetElapsedTime(started));
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var copy = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValueUsingContainingEntity(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                    continue;
                }

                await importer.WriteAsync(column.Mapping.Converter?.ConvertToProvider(value) ?? value, column.Mapping.StoreType, ct);
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>
    /// SQLite: multi-row INSERTs with anonymous parameters, prepared once per row count and bound by position through
    /// SQLite's own API. Microsoft.Data.Sqlite binds each parameter by name, and SQLite finds a name by a linear scan of
    /// the statement's parameters, so a statement of 30,000 named parameters cost 30,000²/2 string comparisons to bind:
    /// a 10,000-finding intake spent two minutes there. Values are stored as Microsoft.Data.Sqlite stores them (see
    /// <see cref="SqliteValues"/>); a test compares bulk-written rows with SaveChanges' rows column by column.
    /// </summary>
    private static int Insert<T>(DbTransaction transaction, string table, List<Column> columns, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var connection = (SqliteConnection)transaction.Connection!;
        var kinds = columns.Select(c => SqliteValues.KindOf(connection, c.Mapping)).ToList();
        var perStatement = Math.Max(1, SqliteParametersPerStatement / columns.Count);
        sqlite3_stmt? statement = null;
        var scratch = new byte[4096];
        var prepared = 0;
        var sent = 0;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                ct.ThrowIfCancellationRequested();
                if (statement is null || prepared != chunk.Length)
                {
                    statement?.Dispose();
                    statement = SqliteValues.Prepare(connection, InsertSql(table, columns, chunk.Length));
                    prepared = chunk.Length;
                }

                var index = 1;
                foreach (var row in chunk)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = columns[c].Getter.GetClrValueUsingContainingEntity(row);
                        SqliteValues.Bind(connection, statement, index++, value is null ? null : columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value, kinds[c], columns[c].Name, ref scratch);
                    }
                }

                SqliteValues.Run(connection, statement);
                sent++;
            }

            return sent;
        }
        finally
        {
            statement?.Dispose();
        }
    }

    private static string InsertSql(string table, List<Column> columns, int rowCount)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        var sql = new StringBuilder(64 + (rowCount * (row.Length + 2)));
        sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? row : ", " + row);
        }

        return sql.ToString();
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);
}
