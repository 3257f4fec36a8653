using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Clearinghouse.Storage;

/// <summary>
/// Binds values to a SQLite statement by position through SQLite's own API, storing each CLR value as Microsoft.Data.Sqlite
/// would for a parameter EF Core configured: integers (and booleans, enums) as INTEGER, floating point as REAL, strings
/// and decimals as TEXT, byte arrays as BLOB, and a Guid as upper-case TEXT unless the column's parameter asks for a
/// BLOB. A type with no rule here is refused, never stored some other way. Used by <see cref="BulkInsert"/>.
/// </summary>
internal static class SqliteValues
{
    private const int Done = 101;

    /// <summary>The storage class EF Core's mapping asks for, read from a parameter the mapping configures.</summary>
    public static SqliteType KindOf(SqliteConnection connection, RelationalTypeMapping mapping)
    {
        using var command = connection.CreateCommand();
        return ((SqliteParameter)mapping.CreateParameter(command, "p", null, nullable: true)).SqliteType;
    }

    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return statement;
    }

    /// <summary>Runs a prepared statement to its end and resets it for the next bindings.</summary>
    public static void Run(SqliteConnection connection, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        try
        {
            if (rc != Done)
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Binds <paramref name="value"/> at <paramref name="index"/>; text goes through <paramref name="scratch"/>, reused from call to call.</summary>
    public static void Bind(SqliteConnection connection, sqlite3_stmt statement, int index, object? value, SqliteType kind, string column, ref byte[] scratch)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, Utf8(text, ref scratch)),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            short number => raw.sqlite3_bind_int64(statement, index, number),
            byte number => raw.sqlite3_bind_int64(statement, index, number),
            double number => raw.sqlite3_bind_double(statement, index, number),
            float number => raw.sqlite3_bind_double(statement, index, number),
            decimal number => raw.sqlite3_bind_text(statement, index, Utf8(number.ToString("0.0###########################", CultureInfo.InvariantCulture), ref scratch)),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            Guid guid when kind == SqliteType.Blob => raw.sqlite3_bind_blob(statement, index, guid.ToByteArray()),
            Guid guid => raw.sqlite3_bind_text(statement, index, UpperCaseUtf8(guid, scratch)),
            Enum e => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"Column {column}: a bulk insert has no SQLite storage rule for {value.GetType().Name}; add one, matching Microsoft.Data.Sqlite."),
        };
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    // SQLite copies what is bound (SQLITE_TRANSIENT), so one buffer serves every value of a statement.
    private static ReadOnlySpan<byte> Utf8(string text, ref byte[] scratch)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch.Length < most)
        {
            scratch = new byte[Math.Max(most, scratch.Length * 2)];
        }

        return scratch.AsSpan(0, Encoding.UTF8.GetBytes(text, scratch));
    }

    // As Microsoft.Data.Sqlite writes a Guid as text: its "D" form in upper case.
    private static ReadOnlySpan<byte> UpperCaseUtf8(Guid guid, byte[] scratch)
    {
        var text = scratch.AsSpan(0, 36);
        guid.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return text;
    }
}
