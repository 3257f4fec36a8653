using System.Data.Common;
using System.Text.RegularExpressions;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clearinghouse.Tests.Storage;

/// <summary>
/// Records the plan of every query EF runs through a context it is added to (<c>AddInterceptors</c>): SQLite's
/// <c>EXPLAIN QUERY PLAN</c> or PostgreSQL's <c>EXPLAIN</c> of the command as sent, with its parameters, before the
/// command itself runs. PostgreSQL is asked with sequential scans disabled: on a test's small tables it would rightly
/// prefer reading the whole table, so its plan shows which index it can use, not what it would do with real volumes.
/// </summary>
public sealed class QueryPlans(DatabaseProvider provider) : DbCommandInterceptor
{
    public List<(string Sql, IReadOnlyList<string> Plan)> Queries { get; } = [];

    /// <summary>The plans of the queries whose SQL reads <paramref name="table"/>.</summary>
    public IEnumerable<(string Sql, IReadOnlyList<string> Plan)> Reading(string table) =>
        Queries.Where(q => Regex.IsMatch(q.Sql, $"\\b(FROM|JOIN) \"?{table}\"?\\s"));

    /// <summary>The alias a query gives <paramref name="table"/> (how SQLite's plan names it).</summary>
    public static string Alias(string sql, string table) => Regex.Match(sql, $"\"?{table}\"? AS \"?(\\w+)\"?").Groups[1].Value;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ArgumentNullException.ThrowIfNull(command);
        Queries.Add((command.CommandText, ExplainAsync(command, CancellationToken.None).GetAwaiter().GetResult()));
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        Queries.Add((command.CommandText, await ExplainAsync(command, cancellationToken)));
        return result;
    }

    private async Task<IReadOnlyList<string>> ExplainAsync(DbCommand command, CancellationToken ct)
    {
        var sql = command.CommandText;
        var postgres = provider == DatabaseProvider.Postgres;
        var lines = new List<string>();
        try
        {
            if (postgres)
            {
                await SetAsync(command, "SET enable_seqscan = off", ct);
            }

            command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // SQLite: id, parent, notused, detail. PostgreSQL: one line of text per row.
                lines.Add(reader.GetString(postgres ? 0 : 3));
            }
        }
        finally
        {
            command.CommandText = sql;
            if (postgres)
            {
                await SetAsync(command, "RESET enable_seqscan", ct);
            }
        }

        return lines;
    }

    private static async Task SetAsync(DbCommand command, string setting, CancellationToken ct)
    {
        await using var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = setting;
        await set.ExecuteNonQueryAsync(ct);
    }
}
