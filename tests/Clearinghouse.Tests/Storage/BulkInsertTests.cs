using Clearinghouse.Audit;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Findings;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Storage;

/// <summary>
/// A bulk insert stores a row exactly as SaveChanges stores it: the same values of the same storage types in every
/// column (SQLite binds them through its own API and COPY writes PostgreSQL's binary format, bypassing the providers'
/// parameter handling), so queries written for EF Core find bulk-written rows.
/// </summary>
public sealed class BulkInsertTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task Bulk_written_rows_hold_the_same_column_values_as_rows_saved_by_EF_Core(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var saved = Case(host, "CH-1999-90001");
        var bulk = Case(host, "CH-1999-90002");
        var signature = TextSimilarity.Pack(TextSimilarity.Signature("use after free in the tokenizer"));
        await using (var db = host.OpenDatabase())
        {
            db.Add(saved);
            db.Add(new CaseSignature { CaseId = saved.Id, Signature = signature });
            db.Record(null, "test.bulk-insert", "case", saved.Id.ToString(), null, null, saved.Number);
            await db.SaveChangesAsync();
            db.Add(new PossibleDuplicate { CaseId = saved.Id, EarlierCaseId = saved.Id, Similarity = 0.671875, ProposedAt = host.Clock.GetUtcNow() });
            db.Record(null, "test.bulk-insert", "case", saved.Id.ToString(), null, null, saved.Number);
            await db.SaveChangesAsync();
        }

        await using (var db = host.OpenDatabase())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkInsert.WriteAsync(db, [bulk], CancellationToken.None);
            await BulkInsert.WriteAsync(db, [new CaseSignature { CaseId = bulk.Id, Signature = signature }], CancellationToken.None);
            await BulkInsert.WriteAsync(db, [new PossibleDuplicate { CaseId = bulk.Id, EarlierCaseId = bulk.Id, Similarity = 0.671875, ProposedAt = host.Clock.GetUtcNow() }], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var db = host.OpenDatabase())
        {
            var savedCase = await RowAsync(db, "cases", "id", saved.Id.Value);
            var bulkCase = await RowAsync(db, "cases", "id", bulk.Id.Value);
            Assert.Equal(savedCase.Count, bulkCase.Count);
            foreach (var (column, value) in savedCase.Where(c => c.Key is not ("id" or "number")))
            {
                Assert.True(Equals(value, bulkCase[column]), $"cases.{column}: saved {Describe(value)}, bulk {Describe(bulkCase[column])}");
            }

            Assert.Equal(savedCase["id"]!.GetType(), bulkCase["id"]!.GetType());
            foreach (var (table, column) in new[] { ("case_signatures", "case_id"), ("possible_duplicates", "case_id") })
            {
                var one = await RowAsync(db, table, column, saved.Id.Value);
                var other = await RowAsync(db, table, column, bulk.Id.Value);
                foreach (var (name, value) in one.Where(c => !c.Key.EndsWith("case_id", StringComparison.Ordinal)))
                {
                    Assert.True(value is byte[] bytes ? bytes.SequenceEqual((byte[])other[name]!) : Equals(value, other[name]), $"{table}.{name}: saved {Describe(value)}, bulk {Describe(other[name])}");
                }
            }

            // What EF Core reads back, through a typed id, an enum and a time stamp in the query.
            var found = await db.Set<VulnerabilityCase>().AsNoTracking().SingleAsync(c => c.Id == bulk.Id && c.State == CaseState.Verifying && c.OpenedAt == bulk.OpenedAt);
            Assert.Equivalent(bulk, found);
        }
    }

    private static VulnerabilityCase Case(ClearinghouseHost host, string number) => new()
    {
        Id = CaseId.New(host.Clock),
        Number = number,
        State = CaseState.Verifying,
        Title = "Use after free in the tokenizer — “quoted” ünïcode",
        Target = "pkg:npm/left-pad@1.3.0",
        Weakness = "CWE-416",
        Tlp = TlpLabel.AmberStrict,
        ProvisionalPriority = 57,
        CvssVector = null,
        CrashState = "tokenize\nnext_token\nparse",
        SecurityCrash = true,
        ReportPublic = false,
        SupplierContacted = true,
        Reporters = 2,
        FindingCount = 3,
        OpenedAt = host.Clock.GetUtcNow().AddMilliseconds(-1234),
        UpdatedAt = host.Clock.GetUtcNow(),
        Version = 4,
    };

    private static async Task<Dictionary<string, object?>> RowAsync(ClearinghouseDb db, string table, string keyColumn, Guid key)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {keyColumn} = @key";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = db.Provider == DatabaseProvider.Postgres ? key : key.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row in {table} for {key}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }

    private static string Describe(object? value) => value is null ? "NULL" : $"{value} ({value.GetType().Name})";
}
