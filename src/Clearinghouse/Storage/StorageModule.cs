using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Storage;

public static partial class StorageModule
{
    /// <summary>Registers the database. Settings are read when first needed, so every configuration source (tests' included) is seen.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().Bind(configuration);
        services.AddSingleton(sp => DatabaseTarget.TryParse(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Database, out var target, out var error)
            ? target
            : throw new InvalidOperationException(error));
        services.AddDbContext<ClearinghouseDb>((sp, builder) =>
            ClearinghouseDb.Configure((DbContextOptionsBuilder<ClearinghouseDb>)builder, sp.GetRequiredService<DatabaseTarget>()));
        services.AddHostedService<MigrateOnStart>();
        return services;
    }

    private sealed partial class MigrateOnStart(IServiceScopeFactory scopes, DatabaseTarget target, IOptions<StorageOptions> options, ILogger<MigrateOnStart> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (!options.Value.MigrateOnStart)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
            var report = await SchemaMigrations.ApplyAsync(db, cancellationToken);
            Migrated(log, target, report.CurrentVersion, report.Applied.Count);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} at schema version {Version} ({Applied} migrations applied now)")]
        private static partial void Migrated(ILogger logger, DatabaseTarget database, int version, int applied);
    }
}
