using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clearinghouse.Storage;

public static class UniqueViolation
{
    /// <summary>
    /// True when a write failed on a unique index: a concurrent writer got there first. SaveChanges wraps the
    /// provider's exception in a DbUpdateException; a bulk write (<see cref="BulkInsert"/>) throws it directly.
    /// </summary>
    public static bool IsUniqueViolation(this Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception as SqliteException ?? exception as PostgresException as Exception ?? exception.InnerException) switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
