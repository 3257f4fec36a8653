using System.Text;
using Clearinghouse.Audit;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clearinghouse.Storage;

/// <summary>
/// The one database context. Handlers use it directly (no repositories). Every save that changes state must carry
/// audit entries, and the entries are chained in the same transaction (DESIGN.md §4.11).
/// </summary>
public sealed class ClearinghouseDb(DbContextOptions<ClearinghouseDb> options, DatabaseTarget target, TimeProvider clock) : DbContext(options)
{
    public DatabaseProvider Provider { get; } = target.Provider;

    public TimeProvider Clock { get; } = clock;

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Statements this context sent outside EF Core's own commands, through <see cref="BulkInsert"/>.</summary>
    public int BulkStatements { get; internal set; }

    /// <summary>Rows this context wrote through <see cref="BulkInsert"/>, and the time those writes took (for benchmarks).</summary>
    public (long Rows, TimeSpan Time) BulkWritten { get; internal set; }

    /// <summary>Entries recorded by this unit of work; they get their place in the chain when it is saved.</summary>
    internal List<AuditEntry> PendingAudit { get; } = [];

    public static DbContextOptions<ClearinghouseDb> Configure(DbContextOptionsBuilder<ClearinghouseDb> builder, DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(target);
        // A list in a query (ids.Contains(x.Id)) goes as one array parameter (PostgreSQL: = ANY(@ids); SQLite:
        // json_each(@ids)), not as EF Core 10's default of one parameter per element: a chunk of 5,000 fingerprints
        // made a statement of 5,000 named parameters, which SQLite parses and binds in time quadratic in their number.
        _ = target.Provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(target.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => builder.UseSqlite(target.ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(new SqliteCacheSize()),
        };

        // The schema is owned by the SQL migrations (docs/adr/001), not by an EF model snapshot.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKey>();
        return builder.Options;
    }

    public static ClearinghouseDb Open(DatabaseTarget target, TimeProvider clock) =>
        new(Configure(new DbContextOptionsBuilder<ClearinghouseDb>(), target), target, clock);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saving seals audit entries into the chain, which is asynchronous.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changesState = ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (ChangeTracker.Entries<AuditEntry>().Any())
        {
            throw new InvalidOperationException("The audit trail is append-only and written only through AuditTrail.Record.");
        }

        if (changesState && PendingAudit.Count == 0)
        {
            throw new InvalidOperationException("A state change must append its audit entry in the same transaction (DESIGN.md §4.11).");
        }

        if (PendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AuditChain.SealAsync(this, PendingAudit, cancellationToken);
            AuditEntries.AddRange(PendingAudit);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            PendingAudit.Clear();
            return written;
        }
        finally
        {
            // Entries are never tracked between saves: nothing can modify one and save it back.
            foreach (var entry in ChangeTracker.Entries<AuditEntry>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClearinghouseDb).Assembly);

        // One naming rule for both providers: snake_case tables and columns, as the SQL migrations write them.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(SnakeCase(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName("pk_" + SnakeCase(entity.GetTableName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName("ix_" + SnakeCase(entity.GetTableName()!) + "_" + string.Join("_", index.Properties.Select(p => SnakeCase(p.Name))));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<OrganizationId>().HaveConversion<TypedIdConverter<OrganizationId>>();
        configurationBuilder.Properties<MemberId>().HaveConversion<TypedIdConverter<MemberId>>();
        configurationBuilder.Properties<TokenId>().HaveConversion<TypedIdConverter<TokenId>>();
        configurationBuilder.Properties<Findings.FindingId>().HaveConversion<TypedIdConverter<Findings.FindingId>>();
        configurationBuilder.Properties<Findings.CaseId>().HaveConversion<TypedIdConverter<Findings.CaseId>>();
        configurationBuilder.Properties<Findings.SubmissionId>().HaveConversion<TypedIdConverter<Findings.SubmissionId>>();
        configurationBuilder.Properties<Scans.AssetId>().HaveConversion<TypedIdConverter<Scans.AssetId>>();
        configurationBuilder.Properties<Scans.CampaignId>().HaveConversion<TypedIdConverter<Scans.CampaignId>>();
        configurationBuilder.Properties<Scans.ConsentId>().HaveConversion<TypedIdConverter<Scans.ConsentId>>();
        configurationBuilder.Properties<Scans.BlackoutId>().HaveConversion<TypedIdConverter<Scans.BlackoutId>>();
        configurationBuilder.Properties<Directives.DirectiveId>().HaveConversion<TypedIdConverter<Directives.DirectiveId>>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            // SQLite has no instant type, and EF cannot compare DateTimeOffset stored as text: store Unix microseconds.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMicrosecondsConverter>();
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The model differs by provider (instant conversions), so it is cached per provider.</summary>
    private sealed class ProviderModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), (context as ClearinghouseDb)?.Provider, designTime);
    }

    private sealed class UnixMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
        instant => (instant.UtcTicks - 621355968000000000L) / 10,
        micros => new DateTimeOffset(621355968000000000L + (micros * 10), TimeSpan.Zero));
}
