using System.Data.Common;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Storage;

public sealed class SchemaMigrationsTests
{
    [Theory, BothProviders]
    public async Task A_new_database_is_migrated_to_the_latest_version_and_a_second_run_applies_nothing(DatabaseProvider provider)
    {
        await using var db = ClearinghouseDb.Open(TestDatabases.Create(provider), new ManualClock());

        var first = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        var second = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(SchemaMigrations.For(provider).Select(m => m.Version), first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal(SchemaMigrations.LatestVersion(provider), await SchemaMigrations.CurrentVersionAsync(db, CancellationToken.None));
    }

    [Fact]
    public void Both_providers_have_the_same_migration_versions()
    {
        Assert.Equal(
            SchemaMigrations.For(DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name)),
            SchemaMigrations.For(DatabaseProvider.Postgres).Select(m => (m.Version, m.Name)));
    }

    [Theory, BothProviders]
    public async Task Every_table_and_column_of_the_model_exists_in_the_migrated_schema_and_nothing_else(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.CreateMigratedAsync(provider, new ManualClock());
        var expected = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = (await ColumnsAsync(db)).Where(c => !c.StartsWith("schema_migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory, BothProviders]
    public async Task A_migration_changed_after_it_was_applied_stops_the_run(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.CreateMigratedAsync(provider, new ManualClock());
        await db.Database.ExecuteSqlRawAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.ApplyAsync(db, CancellationToken.None));

        Assert.Contains("was changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_database_at_an_earlier_version_is_brought_up_to_date_and_keeps_its_rows(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);
        await using (var old = ClearinghouseDb.Open(target, new ManualClock()))
        {
            await old.Database.OpenConnectionAsync();
            foreach (var sql in new[]
            {
                "CREATE TABLE schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at text NOT NULL)",
                SchemaMigrations.For(provider)[0].Sql,
                $"INSERT INTO schema_migrations VALUES (1, 'foundation', '{SchemaMigrations.For(provider)[0].Checksum}', '2026-11-01')",
                provider == DatabaseProvider.Postgres
                    ? "INSERT INTO organizations (id, name, kind, tlp, enrolled_at) VALUES ('0190a0b0-0000-7000-8000-000000000001', 'Old Org', 'Maintainer', 'Amber', now())"
                    : "INSERT INTO organizations (id, name, kind, tlp, enrolled_at) VALUES ('0190A0B0-0000-7000-8000-000000000001', 'Old Org', 'Maintainer', 'Amber', 0)",
            })
            {
                await old.Database.ExecuteSqlRawAsync(sql);
            }
        }

        await using var db = ClearinghouseDb.Open(target, new ManualClock());
        var report = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(SchemaMigrations.For(provider).Skip(1).Select(m => m.Version), report.Applied);
        var organization = await db.Organizations.AsNoTracking().SingleAsync();
        Assert.Equal(("Old Org", Clearinghouse.Contracts.Participants.MissionWellbeingSetting.Derived), (organization.Name, organization.MissionWellbeingSetting));
    }

    private static async Task<List<string>> ColumnsAsync(ClearinghouseDb db)
    {
        var sql = db.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
