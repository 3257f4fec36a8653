using Clearinghouse.Storage;

namespace Clearinghouse.Testing;

/// <summary>Fresh, empty databases on either provider; tests that touch storage run on both (DESIGN.md §5).</summary>
public static class TestDatabases
{
    public static DatabaseTarget Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => new DatabaseTarget(DatabaseProvider.Postgres, PostgresCluster.CreateDatabase()),
        _ => new DatabaseTarget(DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("clearinghouse-sqlite-").FullName, "test.db")};Foreign Keys=True"),
    };

    /// <summary>A new database with the schema applied, and a context on it.</summary>
    public static async Task<ClearinghouseDb> CreateMigratedAsync(DatabaseProvider provider, TimeProvider clock)
    {
        var target = Create(provider);
        var db = ClearinghouseDb.Open(target, clock);
        await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        return db;
    }
}
