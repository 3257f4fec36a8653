using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// Where the time of one intake goes, seen from outside the intake code: the database commands EF Core sends (by their
/// first keyword, as EF Core reports their duration) and the wall time of EF Core's own SaveChanges (change detection,
/// command batching and execution), and the commits.
/// </summary>
public sealed class IntakeTimings : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly Dictionary<string, (int Count, TimeSpan Time)> commands = new(StringComparer.Ordinal);
    private readonly Stopwatch saving = new();

    public TimeSpan SaveChanges => saving.Elapsed;

    /// <summary>Time spent committing transactions: on SQLite, writing the WAL out.</summary>
    public TimeSpan Commits { get; private set; }

    public void Reset()
    {
        commands.Clear();
        saving.Reset();
        Commits = TimeSpan.Zero;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commits += eventData.Duration;
        return Task.CompletedTask;
    }

    public string Report() => string.Join(", ", commands.OrderByDescending(c => c.Value.Time)
        .Select(c => FormattableString.Invariant($"{c.Value.Count:N0} {c.Key} {c.Value.Time.TotalSeconds:F2} s")));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        saving.Start();
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        saving.Stop();
        return ValueTask.FromResult(result);
    }

    private void Add(DbCommand command, CommandExecutedEventData eventData)
    {
        var text = command.CommandText.TrimStart();
        var keyword = text.Length == 0 ? "empty" : text[..Math.Max(1, text.IndexOfAny([' ', '\n', '\r']) is var end and > 0 ? end : text.Length)].ToUpperInvariant();
        commands[keyword] = commands.TryGetValue(keyword, out var sum) ? (sum.Count + 1, sum.Time + eventData.Duration) : (1, eventData.Duration);
    }
}
